/**
 * Python names, string literals and docstrings. Everything here is written the
 * way Black 23 prints it, so the output passes `black --check` as emitted.
 */
import { pascalCase, planUniqueNames, screamingSnakeCase, snakeCase } from '../naming';
import { EnumMember, LiteralValue } from '../../ir/model';

/** Hard keywords: never valid as names. Soft keywords (`match`, `type`, `_`) and builtins are. */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * Names a generated module binds at module level, or the package's
 * `__init__.py` exports from `_types`. A class with one of these names would
 * shadow an import the module itself uses.
 */
const MODULE_NAMES = [
  'annotations', 'dataclass', 'TYPE_CHECKING', 'Any', 'Dict', 'List', 'Literal', 'Mapping', 'Optional', 'Union', 'cast', 'Enum', 'datetime',
  'UNSET', 'Unset', 'ModelValidationError', 'WireField', 'check_model', 'dict_of', 'list_of', 'read_model', 'without_unset', 'write_model',
  'UnionShape', 'WireDateTime', 'check_value', 'deprecated_use', 'pick_variant', 'read_datetime', 'read_enum', 'read_present', 'reading',
  'write_datetime', 'write_enum', 'write_json',
];

/**
 * Names the class body resolves in class scope (annotations, decorators) or
 * defines itself. A field with one of these names would shadow them: `str: str`
 * makes mypy read later `str` annotations as the field, a field named
 * `to_dict` would be replaced by the method, and `UNSET` is a default value
 * evaluated in the class body. The model classes a class refers to are
 * reserved per class (see `fieldName`).
 */
const CLASS_SCOPE_NAMES = [
  'str', 'int', 'float', 'bool', 'Any', 'Dict', 'List', 'Literal', 'Mapping', 'Optional', 'Union', 'Unset', 'UNSET',
  'classmethod', 'staticmethod', 'from_dict', 'to_dict', 'wire_shape', 'datetime', '__post_init__',
];

const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([...PYTHON_KEYWORDS, ...MODULE_NAMES]);
const RESERVED_FIELD_NAMES: ReadonlySet<string> = new Set([...PYTHON_KEYWORDS, ...CLASS_SCOPE_NAMES]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !PYTHON_KEYWORDS.has(name);
}

/**
 * Appends `_` while the name is reserved or taken: `class` → `class_`. A name
 * with two leading underscores and not two trailing ones (`__private`) would
 * be name-mangled inside a class body (`_Model__private`), so the dataclass
 * field and the keyword `from_dict` passes would differ: it keeps one.
 */
function escape(name: string, reserved: ReadonlySet<string>, taken: ReadonlySet<string> = new Set()): string {
  const unmangled = /^__/.test(name) && !/__$/.test(name) ? name.replace(/^_+/, '_') : name;
  let escaped = /^[0-9]/.test(unmangled) ? `_${unmangled}` : unmangled;
  while (reserved.has(escaped) || taken.has(escaped)) escaped = `${escaped}_`;
  return escaped;
}

/** A class name: the documented one when it is an identifier, else its PascalCase. */
export function className(name: string): string {
  const ident = IDENTIFIER.test(name) ? name : pascalCase(name) || 'Model';
  return escape(ident, RESERVED_TYPE_NAMES);
}

/**
 * A dataclass field: the documented name escaped; `taken` holds the names
 * already used in the class, `classes` the model classes its annotations name.
 */
export function fieldName(name: string, owner: string, taken: ReadonlySet<string>, classes: Iterable<string> = []): string {
  const ident = IDENTIFIER.test(name) ? name : snakeCase(name) || 'field';
  return escape(ident, new Set([...RESERVED_FIELD_NAMES, owner, ...classes]), taken);
}

/** The package's shared module (the UNSET marker and the converters), without `.py`. */
export const TYPES_MODULE = '_types';

/** A module's file name, without `.py`: the model id in snake_case. */
export function moduleName(id: string): string {
  return escape(snakeCase(id) || 'model', new Set([...PYTHON_KEYWORDS, TYPES_MODULE]));
}

/** Why a dotted package name cannot be imported, or undefined when it can. */
export function validatePackage(value: string): string | undefined {
  const bad = value.split('.').find((part) => !isIdentifier(part));
  if (bad === undefined) return undefined;
  return `\`${value}\` is not a dotted Python package name: \`${bad}\` is ${bad === '' ? 'empty' : PYTHON_KEYWORDS.has(bad) ? 'a keyword' : 'not an identifier'}`;
}

/**
 * Characters escaped in every literal: controls, and every character Python's
 * `str.isspace()` or `str.splitlines()` treats specially except the plain space.
 * Black splits and strips docstrings with those, so a raw one would be moved.
 */
const SPECIAL = /[\u0000-\u001f\u007f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

function escapeSpecial(ch: string): string {
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A string literal as Black leaves it: double quotes unless single quotes need fewer escapes. */
export function stringLiteral(value: string): string {
  const body = value.replace(/\\/g, '\\\\').replace(SPECIAL, escapeSpecial);
  const doubles = (value.match(/"/g) ?? []).length;
  const singles = (value.match(/'/g) ?? []).length;
  return singles < doubles ? `'${body.replace(/'/g, "\\'")}'` : `"${body.replace(/"/g, '\\"')}"`;
}

export interface PyDoc {
  /** Set when the docstring is one line: `"""text"""`. */
  readonly single: string | null;
  /** Otherwise its first line, written after the opening quotes. */
  readonly first: string;
  /** The following lines, without indentation; '' for a blank line. */
  readonly rest: readonly string[];
}

/** One docstring line: backslashes, special characters and triple quotes escaped. */
function escapeDocLine(line: string): string {
  return line
    .replace(/\\/g, '\\\\')
    .replace(SPECIAL, escapeSpecial)
    .replace(/"""/g, '\\"\\"\\"');
}

/**
 * A docstring laid out as Black 23 keeps it: first line stripped, the rest
 * dedented (Black, like `inspect.cleandoc`, removes their common indentation),
 * no quote right after the opening quotes (Black would pad it with a space),
 * and the closing quotes on their own line when the text ends with a quote.
 */
export function docstring(lines: readonly string[]): PyDoc | null {
  return lines.length === 0 ? null : docstringOf(lines[0], lines.slice(1));
}

export function docstringOf(firstLine: string, restLines: readonly string[]): PyDoc {
  // Only plain spaces count: every other whitespace character is escaped.
  const indents = restLines.filter((l) => /[^ ]/.test(l)).map((l) => l.length - l.replace(/^ +/, '').length);
  const dedent = indents.length > 0 ? Math.min(...indents) : 0;
  const first = escapeDocLine(firstLine.replace(/^ +/, '')).replace(/^"/, '\\"');
  const rest = restLines.map((l) => escapeDocLine(l.slice(dedent)));
  const single = rest.length === 0 && !first.endsWith('"') ? first : null;
  return { single, first, rest };
}

/**
 * A `const` as Python writes it: a string literal, `True`/`False`, or an
 * integer. PEP 586 allows no float in `Literal[...]`, so a fractional number
 * (or one too large to print as digits) has no literal: undefined.
 */
export function pythonLiteral(value: LiteralValue): string | undefined {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? BigInt(value).toString() : undefined;
}

/** The names a union's module defines, from its alias: `ShapeEvent`, `ShapeEventUnknown`, `read_shape_event`, ... */
export interface UnionNames {
  readonly alias: string;
  readonly reader: string;
  readonly writer: string;
  readonly shape: string;
}

export function unionNames(name: string): UnionNames {
  const alias = className(name);
  const snake = snakeCase(alias) || 'union';
  const fn = (text: string) => escape(text, RESERVED_TYPE_NAMES);
  return { alias, reader: fn(`read_${snake}`), writer: fn(`write_${snake}`), shape: fn(`${snake}_wire_shape`) };
}

/**
 * Enum constants in UPPER_SNAKE_CASE, as PEP 8 and the enum docs write them;
 * upper case never meets a keyword or the `name`/`value` of every Enum. A
 * name starting with a digit gets `_` (never a `_sunder_`, which Enum
 * reserves); clashes after casing get 2, 3, ...
 */
export function enumMemberNames(members: readonly EnumMember[]): string[] {
  const claims = members.map((m, i) => ({ key: String(i), name: screamingSnakeCase(m.name) || 'VALUE' }));
  const names = planUniqueNames(claims, (name) => (/^[0-9]/.test(name) ? `_${name}` : name));
  return claims.map((c) => names.get(c.key) as string);
}
