/** C# names, string literals and XML doc comment text. */
import { LiteralValue } from '../../ir/model';
import { numberLiteral, pascalCase } from '../naming';

/** The reserved keywords; contextual keywords (`var`, `value`, `async`) are valid identifiers. */
export const CSHARP_KEYWORDS: ReadonlySet<string> = new Set([
  'abstract', 'as', 'base', 'bool', 'break', 'byte', 'case', 'catch', 'char', 'checked', 'class', 'const',
  'continue', 'decimal', 'default', 'delegate', 'do', 'double', 'else', 'enum', 'event', 'explicit', 'extern',
  'false', 'finally', 'fixed', 'float', 'for', 'foreach', 'goto', 'if', 'implicit', 'in', 'int', 'interface',
  'internal', 'is', 'lock', 'long', 'namespace', 'new', 'null', 'object', 'operator', 'out', 'override',
  'params', 'private', 'protected', 'public', 'readonly', 'ref', 'return', 'sbyte', 'sealed', 'short', 'sizeof',
  'stackalloc', 'static', 'string', 'struct', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'uint',
  'ulong', 'unchecked', 'unsafe', 'ushort', 'using', 'virtual', 'void', 'volatile', 'while',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Characters C# reads as the end of a line, besides CR and LF. */
const EXTRA_LINE_BREAKS = /[\u0085\u2028\u2029]/;

/**
 * An identifier for a documented name: kept when it already is one (`AzureSCIMV2_0`),
 * PascalCased when not (`Cezanne HR` → `CezanneHr`), `_`-prefixed before a digit,
 * and `@`-escaped when it is a keyword (`class` → `@class`).
 */
export function identifier(name: string, fallback: string): string {
  const ident = IDENTIFIER.test(name) ? name : pascalCase(name) || fallback;
  const safe = /^[0-9]/.test(ident) ? `_${ident}` : ident;
  return CSHARP_KEYWORDS.has(safe) ? `@${safe}` : safe;
}

/** A name without its keyword escape (`@class` → `class`). */
export const bare = (name: string): string => name.replace(/^@/, '');

/**
 * Members every class inherits from `object`: a property with one of these
 * names would hide it (CS0108, CS0114), an error under `-warnaserror`.
 */
export const OBJECT_MEMBERS: readonly string[] = ['Equals', 'Finalize', 'GetHashCode', 'GetType', 'MemberwiseClone', 'ReferenceEquals', 'ToString'];

/**
 * The name of a type the target adds (an enum's converter): `base`, or
 * `base2`, ... when the run documents a type of that name (a model named
 * `WidgetStateConverter`), which keeps its documented name.
 */
export function helperName(base: string, documented: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; documented.has(name); n++) name = `${base}${n}`;
  return name;
}

/** A file name for a type: the identifier without its `@` escape. */
export function fileName(typeIdentifier: string): string {
  return `${typeIdentifier.replace(/^@/, '')}.cs`;
}

/**
 * Makes names unique within one declaration: a name already taken (a sibling, or
 * the enclosing type, which C# forbids as a member name) gets `suffix`, then a number.
 */
export function uniqueNames(names: readonly string[], taken: readonly string[], suffix: string): string[] {
  const used = new Set(taken.map(bare));
  return names.map((name) => {
    let candidate = name;
    if (used.has(bare(candidate))) candidate = `${bare(name)}${suffix}`;
    for (let n = 2; used.has(bare(candidate)); n++) candidate = `${bare(name)}${suffix}${n}`;
    used.add(bare(candidate));
    return candidate;
  });
}

/** Why a `namespace` option value is not a dotted C# namespace, or undefined when it is. */
export function namespaceProblem(value: string): string | undefined {
  const bad = value.split('.').find((segment) => !IDENTIFIER.test(segment) || CSHARP_KEYWORDS.has(segment));
  if (bad === undefined) return undefined;
  const why = bad === '' ? 'it has an empty segment' : CSHARP_KEYWORDS.has(bad) ? `\`${bad}\` is a C# keyword` : `\`${bad}\` is not an identifier`;
  return `\`${value}\` is not a C# namespace: ${why}; expected identifiers separated by single dots, such as \`WorkOS.DirectorySync\``;
}

/**
 * A `const` value as a C# expression: a string literal, `true`/`false`, a
 * `long` (`2L`) for a whole number a long holds exactly, else a `double`.
 */
export function literalExpression(value: LiteralValue): string {
  if (typeof value === 'string') return stringLiteral(value);
  return typeof value === 'boolean' ? String(value) : numberLiteral(value);
}

/** A regular C# string literal; every UTF-16 unit outside printable ASCII is a `\u` escape. */
export function stringLiteral(value: string): string {
  let body = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const ch = value[i];
    if (ch === '\\' || ch === '"') body += `\\${ch}`;
    else if (code >= 0x20 && code <= 0x7e) body += ch;
    else body += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `"${body}"`;
}

/** Text inside an XML doc element: `&`, `<`, `>` escaped, so `</summary>` cannot end it. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escaped XML text that stays on one comment line, for a value quoted inside a sentence. */
export function inlineXmlText(text: string): string {
  return xmlText(text.replace(/\r\n?|\n|[\u0085\u2028\u2029]/g, ' '));
}

/**
 * The lines of a `/// <summary>` body, escaped. Line separators C# honours
 * (U+0085, U+2028, U+2029) would end a `///` comment mid-line, so they split lines.
 */
export function docLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(EXTRA_LINE_BREAKS)).map((line) => xmlText(line.replace(/[ \t]+$/, '')));
}

/** A `//` comment line that stays one line whatever the text holds. */
export function lineComment(text: string): string {
  return `// ${text.replace(/\r\n?|\n|[\u0085\u2028\u2029]/g, ' ')}`;
}

/**
 * An enum member: documented names that start in upper case are kept
 * (`AzureSCIMV2_0`); wire values used as names are PascalCased (`invalid_credentials` → `InvalidCredentials`).
 */
export function enumMemberName(name: string): string {
  return identifier(/^[A-Z]/.test(name) ? name : pascalCase(name) || name, 'Value');
}
