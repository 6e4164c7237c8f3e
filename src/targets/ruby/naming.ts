/** Ruby names, string literals and comments: what needs escaping, and how. */
import { pascalCase, snakeCase } from '../naming';

/** Keywords: `attr_reader :end` works, but `end_` reads better and never confuses a reader. */
const KEYWORDS = [
  '__ENCODING__', '__FILE__', '__LINE__', 'alias', 'and', 'begin', 'break', 'case', 'class', 'def', 'defined',
  'do', 'else', 'elsif', 'end', 'ensure', 'false', 'for', 'if', 'in', 'module', 'next', 'nil', 'not', 'or', 'redo',
  'rescue', 'retry', 'return', 'self', 'super', 'then', 'true', 'undef', 'unless', 'until', 'when', 'while', 'yield',
];

/**
 * Every identifier-shaped method, public or private, that a Ruby 3.1 object has
 * once `json` is loaded (Object, Kernel, BasicObject; `gem`, `j`, `jj` included).
 * A reader with one of these names would shadow it: `hash`, `class`, `send` and
 * `method` break Hash keys, `dup` and reflection; `format` or `p` would break
 * code a user adds to the class.
 */
const OBJECT_METHODS = [
  '__callee__', '__dir__', '__id__', '__method__', '__send__', 'abort', 'at_exit', 'autoload', 'binding', 'caller',
  'caller_locations', 'catch', 'class', 'clone', 'define_singleton_method', 'display', 'dup', 'enum_for', 'eval',
  'exec', 'exit', 'extend', 'fail', 'fork', 'format', 'freeze', 'gem', 'gem_original_require', 'gets',
  'global_variables', 'hash', 'initialize', 'initialize_clone', 'initialize_copy', 'initialize_dup', 'inspect',
  'instance_eval', 'instance_exec', 'instance_variable_get', 'instance_variable_set', 'instance_variables', 'itself',
  'j', 'jj', 'lambda', 'load', 'local_variables', 'loop', 'method', 'method_missing', 'methods', 'object_id', 'open',
  'p', 'pp', 'print', 'printf', 'private_methods', 'proc', 'protected_methods', 'public_method', 'public_methods',
  'public_send', 'putc', 'puts', 'raise', 'rand', 'readline', 'readlines', 'remove_instance_variable', 'require',
  'require_relative', 'select', 'send', 'set_trace_func', 'singleton_class', 'singleton_method',
  'singleton_method_added', 'singleton_method_removed', 'singleton_method_undefined', 'singleton_methods', 'sleep',
  'spawn', 'sprintf', 'srand', 'syscall', 'system', 'taint', 'tap', 'test', 'then', 'throw', 'to_enum', 'to_json',
  'to_s', 'trace_var', 'trap', 'trust', 'untaint', 'untrace_var', 'untrust', 'warn', 'yield_self',
];

/**
 * Instance methods the generated class and its ModelRuntime mixin define
 * (`key?` cannot clash: a reader never ends in `?`), and `wire_keys`, whose
 * instance variable `@wire_keys` remembers which keys the model was read with.
 */
const GENERATED_METHODS = ['to_h', 'to_json', 'initialize', 'wire_keys', 'read_wire'];

const RESERVED_METHOD_NAMES: ReadonlySet<string> = new Set([...KEYWORDS, ...OBJECT_METHODS, ...GENERATED_METHODS]);

/** Constants the generated code refers to or defines; a model class of that name would hide or reopen them inside the module. */
const RESERVED_CLASS_NAMES: ReadonlySet<string> = new Set(['JSON', 'ModelRuntime', 'ModelValidationError']);

/** The file of the module's shared runtime, `lib/<module folder>/model_runtime.rb`. */
export const RUNTIME_FILE = 'model_runtime';

const METHOD_IDENTIFIER = /^[a-z_][A-Za-z0-9_]*$/;
const CONSTANT_SEGMENT = /^[A-Z][A-Za-z0-9]*$/;

/**
 * A reader (and instance variable) name for a documented property name: kept
 * when it is a lowercase identifier, else snake_cased; a keyword or a method
 * every object has gets `_` appended (`class` → `class_`). `taken` holds the
 * names already used in the class, so two properties never share a reader.
 */
export function methodName(name: string, taken: ReadonlySet<string> = new Set()): string {
  let ident = METHOD_IDENTIFIER.test(name) ? name : snakeCase(name) || 'value';
  if (/^[0-9]/.test(ident)) ident = `_${ident}`;
  if (RESERVED_METHOD_NAMES.has(ident)) ident = `${ident}_`;
  while (taken.has(ident)) ident = `${ident}_`;
  return ident;
}

/** A class name: the documented name when it is a constant name, else PascalCase; `Model` appended to a reserved one. */
export function className(name: string): string {
  let ident = /^[A-Z][A-Za-z0-9_]*$/.test(name) ? name : pascalCase(name) || 'Model';
  if (/^[0-9]/.test(ident)) ident = `Model${ident}`;
  return RESERVED_CLASS_NAMES.has(ident) ? `${ident}Model` : ident;
}

/** Validates the `module` option: a constant path such as `WorkOS` or `Acme::Sdk`. */
export function validateModulePath(value: string): string | undefined {
  const segments = value.split('::');
  const bad = segments.find((s) => !CONSTANT_SEGMENT.test(s));
  if (bad !== undefined) {
    return `\`${value}\` is not a Ruby module path; expected CamelCase constants joined by \`::\` (\`WorkOS\`, \`Acme::Sdk\`), ASCII letters and digits only`;
  }
  const hidden = segments.find((s) => RESERVED_CLASS_NAMES.has(s));
  if (hidden !== undefined) return `\`${value}\` would hide \`${hidden}\` (Ruby's, or the models' runtime) inside the module; pick another name`;
  return undefined;
}

/**
 * The folder of a module path under `lib/`: each segment lowercased, with `_`
 * only before a capitalised word, so an acronym stays with its word as the
 * WorkOS gem lays it out (`WorkOS` → `workos`, `Acme::SdkClient` → `acme/sdk_client`).
 */
export function moduleFolder(modulePath: string): string {
  return modulePath
    .split('::')
    .map((s) => s.replace(/(?<=[A-Za-z0-9])(?=[A-Z][a-z])/g, '_').toLowerCase())
    .join('/');
}

/** A file name for a model id: snake_case, `model` when nothing is left. */
export function fileName(id: string): string {
  return snakeCase(id) || 'model';
}

/**
 * The string literal an `autoload` takes for a sibling model's file. It names
 * no constant (`File.expand_path` would break inside a module with a `File`
 * model); a file name is only `[a-z0-9_]`, so nothing needs escaping.
 */
export function autoloadPath(id: string): string {
  return `"#{__dir__}/${fileName(id)}"`;
}

/**
 * A string literal. Single quotes unless the value holds `'`, `#{` or a control
 * character, which read better (and please rubocop) in double quotes with escapes.
 */
export function stringLiteral(value: string): string {
  const needsDouble = /['\u0000-\u001f\u007f]|#\{/.test(value);
  if (!needsDouble) return `'${value.replace(/\\/g, '\\\\')}'`;
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/#(?=[{$@])/g, '\\#')
      .replace(/[\u0000-\u001f\u007f]/g, controlEscape);
  return `"${body}"`;
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function controlEscape(char: string): string {
  return NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Comment lines, each starting with `#`, so no text can begin `=begin` or
 * `__END__` at a line start. YARD would read a line starting with `@` as a tag
 * and a docstring starting with `(see ...)` as a reference: a backslash keeps
 * them text (Markdown drops it when rendering).
 */
export function commentLines(lines: readonly string[]): string[] {
  return lines.map((line, i) => {
    let text = line.replace(/^@/, '\\@');
    if (i === 0) text = text.replace(/^(\s*)\(see\b/, '$1\\(see');
    return text === '' ? '#' : `# ${text}`;
  });
}

/** The header comment; `-*-` is broken up so a spec path can never read as an Emacs-style magic comment. */
export function headerComment(text: string): string {
  return `# ${text.replace(/-\*-/g, '-\\*-')}`;
}
