/**
 * Java names, literals and comments. Everything emitted is ASCII so the files
 * compile the same under any `javac -encoding` (Java 17 still reads sources in
 * the platform encoding); non-ASCII text is written as `\uXXXX`.
 */
import { LiteralValue } from '../../ir/model';
import { numberLiteral, escapeReserved, pascalCase, camelCase } from '../naming';

/** Keywords and literals (JLS 3.9, 3.10), which no identifier may be. */
const KEYWORDS = [
  'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default',
  'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import',
  'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return',
  'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try',
  'void', 'volatile', 'while', 'true', 'false', 'null', '_',
];

/** Contextual keywords that may not name a type (JLS 3.9). */
const RESTRICTED_TYPE_NAMES = ['var', 'yield', 'record', 'sealed', 'permits'];

/**
 * Types the generated files refer to by simple name: a model or enum with one
 * of these names would shadow it in the whole package (`java.lang` types, the
 * generated `JsonNullable`, `ModelJson` and `ModelValidationException`) or
 * clash with an import.
 */
const REFERENCED_TYPES = [
  'String', 'Object', 'Boolean', 'Long', 'Double', 'Override', 'SuppressWarnings', 'List', 'Map', 'JsonNullable', 'ModelJson',
  'ModelValidationException', 'JsonCreator', 'JsonValue', 'JsonNode', 'ObjectNode', 'TypeReference',
];

/** A record may not declare a component named like one of Object's no-argument methods. */
const OBJECT_METHODS = ['clone', 'finalize', 'getClass', 'hashCode', 'notify', 'notifyAll', 'toString', 'wait'];

export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([...KEYWORDS, ...RESTRICTED_TYPE_NAMES, ...REFERENCED_TYPES]);
export const RESERVED_COMPONENT_NAMES: ReadonlySet<string> = new Set([...KEYWORDS, ...RESTRICTED_TYPE_NAMES, ...OBJECT_METHODS]);
/**
 * Enum constants share a scope with the enum class's private fields `value`
 * and `known`; one named `Known` would obscure the nested enum in `Known.X`
 * (JLS 6.4.2). Methods (`wireValue()`, `of`) live apart.
 */
export const RESERVED_CONSTANT_NAMES: ReadonlySet<string> = new Set([...KEYWORDS, 'value', 'known', 'Known']);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function identifier(name: string, convert: (n: string) => string, fallback: string, reserved: ReadonlySet<string>): string {
  let ident = IDENTIFIER.test(name) ? name : convert(name);
  if (ident === '') ident = fallback;
  if (/^[0-9]/.test(ident)) ident = `_${ident}`;
  return escapeReserved(ident, reserved);
}

/** A class, record or enum name (also the file name). */
export function typeName(name: string): string {
  return identifier(name, pascalCase, 'Model', RESERVED_TYPE_NAMES);
}

/** A record component, and so its accessor method. */
export function componentName(name: string): string {
  return identifier(name, camelCase, 'value', RESERVED_COMPONENT_NAMES);
}

/** An enum constant: the documented member name when it is an identifier. */
export function constantName(name: string): string {
  return identifier(name, pascalCase, 'Value', RESERVED_CONSTANT_NAMES);
}

/** Makes names unique in order: a later clash gets `2`, `3`, ... appended. */
export function uniqueNames(names: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = `${name}${n}`;
    used.add(unique);
    return unique;
  });
}

/** The fallback constant for wire values an enum does not list: `Unknown` unless a member has that name. */
export function unknownConstantName(memberNames: readonly string[]): string {
  return uniqueNames(['Unknown'], memberNames)[0];
}

/** Why a `package` option value is not a Java package name, or undefined when it is one. */
export function packageProblem(value: string): string | undefined {
  const segments = value.split('.');
  for (const segment of segments) {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) {
      return `\`${value}\` is not a dotted Java package name (segments are ASCII identifiers separated by single dots, e.g. com.example.models)`;
    }
    if (KEYWORDS.includes(segment)) return `\`${value}\` uses the Java reserved word \`${segment}\` as a package segment`;
  }
  return undefined;
}

/** A code unit as a Unicode escape, which javac translates before anything else. */
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A string literal. Control characters use octal escapes: a `\u000a` escape
 * would become a real line break inside the literal before it is parsed.
 */
export function stringLiteral(value: string): string {
  const body = value.replace(/[\\"\x00-\x1f\x7f]/g, (c) => SIMPLE_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  return `"${body.replace(/[^\x00-\x7f]/g, unicodeEscape)}"`;
}

/**
 * A `const` value as a Java expression: a string literal, `true`/`false`, a
 * `long` (`2L`) for a whole number a long holds exactly, else a `double`.
 */
export function literalExpression(value: LiteralValue): string {
  if (typeof value === 'string') return stringLiteral(value);
  return typeof value === 'boolean' ? String(value) : numberLiteral(value);
}

/**
 * Comment text that javac reads back exactly. javac translates `\uXXXX`
 * anywhere, comments included, so `\u000a` in a `//` comment would end it and
 * `\u002a\u002f` would close a block comment. A run of backslashes before `u`
 * (or before a character about to become an escape) is written as `\u005c`
 * each: the backslash an escape produces never starts another escape.
 * A raw line break (only a stray one can reach here) becomes a space, so a
 * `//` comment cannot spill onto the next line.
 */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/\\+(?=u|[^\x00-\x7f])/g, (run) => '\\u005c'.repeat(run.length))
    .replace(/[^\x00-\x7f]/g, unicodeEscape);
}

/**
 * One line of Javadoc prose: HTML-escaped (Javadoc is HTML), with `*​/` broken
 * so the comment cannot end early, and `@` neutralised where Javadoc would
 * read a tag (at the start of a line, or after `{`).
 */
export function docText(line: string): string {
  const html = line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const safe = html
    .replace(/\*\//g, '*&#47;')
    .replace(/^(\s*)@/, '$1&#64;')
    .replace(/\{@/g, '{&#64;');
  return commentText(safe);
}

export interface JavaDoc {
  readonly lines: readonly string[];
  /** Set when the comment fits on one line: `/** text *\/`. */
  readonly single: string | null;
}

/** Escaped prose lines; a line that opens a paragraph gets `<p>`, which Javadoc needs to see one. */
function paragraphs(prose: readonly string[]): string[] {
  return prose.map((line, i) => (line !== '' && i > 0 && prose[i - 1] === '' ? `<p>${docText(line)}` : docText(line)));
}

/** A Javadoc comment: prose lines, then block tags (already escaped, from `blockTag`). */
export function javadoc(prose: readonly string[], tags: readonly string[] = [], width = 90): JavaDoc {
  const lines = paragraphs(prose);
  if (lines.length > 0 && tags.length > 0) lines.push('');
  lines.push(...tags);
  const single = lines.length === 1 && lines[0].length <= width ? lines[0] : null;
  return { lines, single };
}

/** A block tag (`@param name text`) whose prose may run over several lines, indented under it. */
export function blockTag(tag: string, prose: readonly string[]): string[] {
  const lines = paragraphs(prose);
  if (lines.length === 0) return [];
  return [`${tag} ${lines[0]}`, ...lines.slice(1).map((line) => (line === '' ? '' : `    ${line}`))];
}
