/** TypeScript names: what needs quoting, and which type names are reserved. */
import { Binding } from '../../ir/model';
import { escapeReserved, pascalCase, planUniqueNames } from '../naming';

const RESERVED_TYPE_NAMES = new Set([
  'any', 'bigint', 'boolean', 'never', 'null', 'number', 'object', 'string', 'symbol', 'undefined', 'unknown', 'void',
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'return',
  'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'while', 'with', 'implements', 'interface',
  'let', 'package', 'private', 'protected', 'public', 'static', 'yield', 'await', 'type', 'as', 'satisfies',
  // What every model module imports or the index exports from `_runtime.ts`.
  'runtime', 'ModelValidationError', 'UnknownVariant',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A type name: an identifier that does not clash with TypeScript's keywords. */
export function typeName(name: string): string {
  const ident = IDENTIFIER.test(name) ? name : pascalCase(name) || 'Model';
  return escapeReserved(/^[0-9]/.test(ident) ? `_${ident}` : ident, RESERVED_TYPE_NAMES);
}

/**
 * A parameter name from a model name (`directoryGroup`); a keyword such as
 * `default` or `delete` would not parse, so it gets the reserved-word suffix.
 */
export function parameterName(name: string): string {
  return escapeReserved(name, RESERVED_TYPE_NAMES);
}

/** An object key as written in an interface or literal: quoted unless an identifier. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/**
 * A key in an object literal. `__proto__: v` (quoted or not) would set the
 * object's prototype instead of a property, losing the value; a computed key
 * `["__proto__"]` defines an own property like any other.
 */
export function literalKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/**
 * What every object inherits from `Object.prototype`: reading one of these
 * off an object that lacks the key gives the inherited value, not undefined.
 */
const INHERITED_NAMES: ReadonlySet<string> = new Set([
  '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'constructor',
  'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf',
]);

/**
 * The test that an optional key is absent: `=== undefined`, and for an
 * inherited name (`constructor`, `__proto__`) also not being an own property.
 */
export function absentTest(object: string, key: string): string {
  const undefinedTest = `${access(object, key)} === undefined`;
  if (!INHERITED_NAMES.has(key)) return undefinedTest;
  return `!Object.prototype.hasOwnProperty.call(${object}, ${stringLiteral(key)}) || ${undefinedTest}`;
}

/**
 * Reading a required key, which may be absent all the same: an inherited name
 * reads through the runtime's `own`, undefined when the object lacks it.
 */
export function requiredAccess(object: string, key: string): string {
  return INHERITED_NAMES.has(key) ? `runtime.own(${object}, ${stringLiteral(key)})` : access(object, key);
}

/** Reading a key off an object: `value.key` or `value["odd key"]`. */
export function access(object: string, key: string): string {
  return IDENTIFIER.test(key) ? `${object}.${key}` : `${object}[${stringLiteral(key)}]`;
}

/**
 * A string literal as Prettier writes it: in double quotes, unless the
 * text holds more double quotes than single ones.
 */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value);
  if (count(value, '"') <= count(value, "'")) return json;
  const inner = json.slice(1, -1).replace(/\\(.)|'/g, (match, escaped?: string) => (escaped === undefined ? "\\'" : escaped === '"' ? '"' : match));
  return `'${inner}'`;
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** A `const` as a TypeScript literal, as Prettier writes it: `"widget"`, `true`, `2`, `-0.5`, `1e21`. */
export function literalText(value: string | number | boolean): string {
  if (typeof value === 'string') return stringLiteral(value);
  return JSON.stringify(value).replace('e+', 'e');
}

export interface TsDoc {
  readonly lines: readonly string[];
  /** Set when the comment fits on one line: `/** text *\/`. */
  readonly single: string | null;
}

/** JSDoc text, escaped: a star followed by a slash would end the comment early. */
export function docComment(lines: readonly string[]): TsDoc {
  const escaped = lines.map((line) => line.replace(/\*\//g, '*\\/'));
  const single = escaped.length === 1 && escaped[0].length <= 70 ? escaped[0] : null;
  return { lines: escaped, single };
}

/**
 * Each property's member name, by wire name, unique in its model. A
 * contract may send two keys that camelCase alike (`integration_type` and
 * its deprecated spelling `integrationType`): the one not deprecated keeps
 * the name, the other gets `2`, so neither is lost.
 */
export function memberNames(binding: Pick<Binding, 'properties'>): ReadonlyMap<string, string> {
  const claims = binding.properties.map((p) => ({ key: p.wireName, name: p.name, deprecated: p.deprecated === true }));
  return planUniqueNames([...claims.filter((c) => !c.deprecated), ...claims.filter((c) => c.deprecated)], (name) => name);
}
