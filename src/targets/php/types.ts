/**
 * The IR's types in PHP: the native type of a promoted property, its PHPDoc
 * type when the native one says less (`array` → `list<int>`), and the helper
 * calls that read a wire value into it and write it back out.
 */
import { ModelType, TypeRef, assertNever } from '../../ir/model';
import { call, Expr } from './expr';
import { stripNullable } from '../../ir/type-walk';
import { stringLiteral } from './naming';

/** Writes the name a class uses for a referenced model (see class-refs.ts). */
export type NameOf = (ref: ModelType) => string;

/** The shared runtime class of each namespace (`ModelRuntime.php`) and the local that holds one read's instance. */
export const RUNTIME_CLASS = 'ModelRuntime';
export const READ_VARIABLE = '$wire';

/** The declared type: `int`, `?array`, `mixed` (which already admits null), `?TreeNode`. */
export function nativeType(type: TypeRef, nameOf: NameOf): string {
  switch (type.kind) {
    case 'string':
    case 'literal':
    case 'enum':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'integer':
      return 'int';
    case 'number':
      return 'float';
    case 'any':
      return 'mixed';
    case 'list':
    case 'map':
      return 'array';
    case 'model':
      return nameOf(type);
    case 'nullable': {
      const inner = nativeType(stripNullable(type), nameOf);
      return inner === 'mixed' ? inner : `?${inner}`;
    }
    default:
      return assertNever(type, 'type');
  }
}

/** The PHPDoc type (Psalm/PHPStan syntax): `list<list<int>>`, `array<string, TreeNode>|null`. */
export function docType(type: TypeRef, nameOf: NameOf): string {
  switch (type.kind) {
    case 'list':
      return `list<${docType(type.items, nameOf)}>`;
    case 'map':
      return `array<string, ${docType(type.values, nameOf)}>`;
    case 'nullable': {
      const inner = docType(stripNullable(type), nameOf);
      return inner === 'mixed' ? inner : `${inner}|null`;
    }
    default:
      return nativeType(type, nameOf);
  }
}

/** Whether the PHPDoc type tells more than the native one, so it earns an `@var` tag. */
export function needsDocType(type: TypeRef): boolean {
  const kind = stripNullable(type).kind;
  return kind === 'list' || kind === 'map';
}

/**
 * The JSON kind a strict read expects, as its error names it: `string`,
 * `integer`, `object`, `value` (any JSON value), `"directory"` for a literal.
 */
export function jsonKind(type: TypeRef): string {
  switch (type.kind) {
    case 'string':
    case 'enum':
      return 'string';
    case 'literal':
      return JSON.stringify(type.value);
    case 'boolean':
    case 'integer':
    case 'number':
      return type.kind;
    case 'any':
      return 'value';
    case 'list':
      return 'array';
    case 'map':
    case 'model':
      return 'object';
    case 'nullable':
      return jsonKind(type.inner);
    default:
      return assertNever(type, 'type');
  }
}

/** Reader and writer expressions over the shared runtime (see templates/php/ModelRuntime.php.hbs). */
export class Expressions {
  constructor(private readonly nameOf: NameOf) {}

  /**
   * Reads the wire key of a property from `$data` with the read's runtime
   * instance: a required key names its JSON kind for the strict error on a
   * missing key.
   */
  readProperty(type: TypeRef, optional: boolean, wireKey: string): Expr {
    if (optional) return call(`${READ_VARIABLE}->optional`, '$data', wireKey, this.reader(type));
    return call(`${READ_VARIABLE}->required`, '$data', wireKey, stringLiteral(jsonKind(type)), this.reader(type));
  }

  /** A `\Closure(mixed $value, string $path): T` that checks and converts one wire value. */
  reader(type: TypeRef): Expr {
    switch (type.kind) {
      case 'string':
      case 'enum':
        return this.method('string');
      case 'literal':
        return call(`${READ_VARIABLE}->literal`, stringLiteral(String(type.value)));
      case 'boolean':
        return this.method('bool');
      case 'integer':
        return this.method('int');
      case 'number':
        return this.method('float');
      case 'any':
        return this.method('any');
      case 'list':
        return call(`${READ_VARIABLE}->listOf`, this.reader(type.items));
      case 'map':
        return call(`${READ_VARIABLE}->mapOf`, this.reader(type.values));
      case 'model':
        return call(`${READ_VARIABLE}->model`, `${this.nameOf(type)}::fromArray(...)`);
      case 'nullable': {
        const inner = stripNullable(type);
        return inner.kind === 'any' ? this.reader(inner) : call(`${READ_VARIABLE}->nullable`, this.reader(inner));
      }
      default:
        return assertNever(type, 'type');
    }
  }

  /**
   * The JSON form of a value: maps become objects, so `{}` and numeric keys
   * survive `json_encode`; models stay objects and serialise themselves.
   */
  write(type: TypeRef, value: string): Expr {
    if (!needsWriting(type)) return value;
    const bare = stripNullable(type);
    if (bare.kind === 'map' && !needsWriting(bare.values)) return call(`${RUNTIME_CLASS}::toObject`, value);
    return call(this.writer(bare), value);
  }

  /** A null-safe `\Closure` converting a value whose type needs writing (see `needsWriting`). */
  private writer(type: TypeRef): Expr {
    const bare = stripNullable(type);
    if (bare.kind === 'map') {
      return needsWriting(bare.values) ? call(`${RUNTIME_CLASS}::mapEach`, this.writer(bare.values)) : `${RUNTIME_CLASS}::toObject(...)`;
    }
    if (bare.kind === 'list') return call(`${RUNTIME_CLASS}::listEach`, this.writer(bare.items));
    throw new Error(`internal error: the php target has no writer for ${bare.kind} types`);
  }

  private method(name: string): string {
    return `${READ_VARIABLE}->${name}(...)`;
  }
}

/** Whether the PHP value differs from its JSON form: it holds a map (a PHP array written as an object). */
export function needsWriting(type: TypeRef): boolean {
  switch (type.kind) {
    case 'map':
      return true;
    case 'list':
      return needsWriting(type.items);
    case 'nullable':
      return needsWriting(type.inner);
    default:
      return false;
  }
}
