/** PHP names: namespaces, class and property names, string literals and PHPDoc text. */
import { camelCase, pascalCase } from '../naming';

/** Used when neither the `namespace` option nor the spec's title gives one: no vendor in it. */
export const DEFAULT_NAMESPACE = 'Models';

/** Keywords and built-in type names PHP refuses as a class name (compared case-insensitively). */
const RESERVED_CLASS_NAMES = new Set([
  'abstract', 'and', 'array', 'as', 'break', 'callable', 'case', 'catch', 'class', 'clone', 'const', 'continue',
  'declare', 'default', 'do', 'echo', 'else', 'elseif', 'empty', 'enddeclare', 'endfor', 'endforeach', 'endif',
  'endswitch', 'endwhile', 'eval', 'exit', 'die', 'extends', 'final', 'finally', 'fn', 'for', 'foreach', 'function',
  'global', 'goto', 'if', 'implements', 'include', 'include_once', 'instanceof', 'insteadof', 'interface', 'isset',
  'list', 'match', 'namespace', 'new', 'or', 'print', 'private', 'protected', 'public', 'readonly', 'require',
  'require_once', 'return', 'static', 'switch', 'throw', 'trait', 'try', 'unset', 'use', 'var', 'while', 'xor',
  'yield', '__halt_compiler', 'self', 'parent', 'bool', 'false', 'float', 'int', 'iterable', 'mixed', 'never', 'null',
  'object', 'string', 'true', 'void',
  // The runtime classes every namespace of models holds.
  'modeljson', 'modelruntime', 'modelvalidationexception',
]);

/** The shared runtime classes of each namespace, one file each; no model takes their names. */
export const RUNTIME_FILES = ['ModelJson', 'ModelRuntime', 'ModelValidationException'] as const;

/**
 * Properties may be named after keywords (`$this->class` is fine), but a
 * promoted constructor parameter cannot be `$this` or a superglobal.
 */
const RESERVED_VARIABLES = new Set(['this', 'GLOBALS', '_SERVER', '_GET', '_POST', '_FILES', '_COOKIE', '_SESSION', '_REQUEST', '_ENV']);

/** ASCII only, so every name is also a safe file name. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A class name PHP accepts: sanitised, and suffixed with `Model` when reserved (`List` → `ListModel`). */
export function className(name: string): string {
  const ident = IDENTIFIER.test(name) ? name : pascalCase(name) || 'Model';
  const safe = /^[0-9]/.test(ident) ? `Model${ident}` : ident;
  return RESERVED_CLASS_NAMES.has(safe.toLowerCase()) ? `${safe}Model` : safe;
}

/** A property (and promoted parameter) name, without the `$`. */
export function propertyName(name: string): string {
  const ident = IDENTIFIER.test(name) ? name : camelCase(name) || 'value';
  const safe = /^[0-9]/.test(ident) ? `field${ident}` : ident;
  return RESERVED_VARIABLES.has(safe) ? `${safe}_` : safe;
}

/** Why `value` is not a namespace the generated files can declare, or undefined when it is. */
export function namespaceProblem(value: string): string | undefined {
  const segments = value.split('\\');
  if (segments.some((s) => !IDENTIFIER.test(s))) {
    return `\`${value}\` is not a PHP namespace: expected names of ASCII letters, digits and _ separated by \\ (e.g. WorkOS\\Resource)`;
  }
  if (segments.some((s) => s.toLowerCase() === 'namespace')) return `\`${value}\` uses \`namespace\`, which PHP reserves`;
  return undefined;
}

/**
 * The namespace of a model: the option when set, else the title's qualifier
 * (`WorkOS\Resource`, or `a.b` read as `A\B`), else the default.
 */
export function namespaceFor(option: string | undefined, qualifier: string | undefined): string {
  if (option) return option;
  return qualifierNamespace(qualifier ?? '') ?? DEFAULT_NAMESPACE;
}

/** The namespace a title's qualifier names (`WorkOS\Resource`, `a.b` → `A\B`), if it names one. */
export function qualifierNamespace(qualifier: string): string | undefined {
  const segments = qualifier
    .split(/\\|\.|::/)
    .map((s) => (IDENTIFIER.test(s) ? s : pascalCase(s)))
    .filter((s) => s !== '' && !/^[0-9]/.test(s));
  const candidate = segments.join('\\');
  return candidate !== '' && namespaceProblem(candidate) === undefined ? candidate : undefined;
}

/** A PHP string literal: single-quoted unless it holds control characters. */
export function stringLiteral(value: string): string {
  if (!/[\x00-\x1f\x7f]/.test(value)) return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  const escaped = value.replace(/[\\"$]/g, (c) => `\\${c}`).replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `"${escaped}"`;
}
