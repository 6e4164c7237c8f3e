/**
 * The IR's types in PHP: the native type of a promoted property, its PHPDoc
 * type when the native one says less (`array` → `list<int>`), and the helper
 * calls that read a wire value into it and write it back out.
 */
import { ModelType, TypeRef, assertNever } from '../../ir/model';
import { call, Expr } from './expr';

/** Writes the name a class uses for a referenced model (see class-refs.ts). */
export type NameOf = (ref: ModelType) => string;

/** The private static helpers a class can use; only those its expressions call are emitted. */
export const HELPERS = [
  'field',
  'fieldOrNull',
  'readString',
  'readInt',
  'readFloat',
  'readBool',
  'readAny',
  'listOf',
  'mapOf',
  'nullable',
  'modelOf',
  'toObject',
  'listEach',
  'mapEach',
] as const;
export type Helper = (typeof HELPERS)[number];

/** The type without its outer `nullable` layers. */
export function stripNullable(type: TypeRef): TypeRef {
  return type.kind === 'nullable' ? stripNullable(type.inner) : type;
}

/** Whether a value of the type may be `null`: nullable, or any JSON value. */
export function admitsNull(type: TypeRef): boolean {
  return type.kind === 'nullable' || type.kind === 'any';
}

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
 * Builds reader and writer expressions, recording the helpers they call so
 * the class emits exactly those.
 */
export class Expressions {
  readonly used = new Set<Helper>();

  constructor(private readonly nameOf: NameOf) {}

  /**
   * Reads the wire key of a property from `$data`. A property that is optional
   * or nullable reads absent and `null` as null; `any` reads whatever is there.
   */
  readProperty(type: TypeRef, optional: boolean, wireKey: string): Expr {
    const orNull = (optional || type.kind === 'nullable') && stripNullable(type).kind !== 'any';
    const helper = this.use(orNull ? 'fieldOrNull' : 'field');
    return call(helper, '$data', wireKey, this.reader(orNull ? stripNullable(type) : type));
  }

  /** A `\Closure(mixed $value, string $path): T` that checks and converts one wire value. */
  reader(type: TypeRef): Expr {
    switch (type.kind) {
      case 'string':
      case 'literal':
      case 'enum':
        return `${this.use('readString')}(...)`;
      case 'boolean':
        return `${this.use('readBool')}(...)`;
      case 'integer':
        return `${this.use('readInt')}(...)`;
      case 'number':
        return `${this.use('readFloat')}(...)`;
      case 'any':
        return `${this.use('readAny')}(...)`;
      case 'list':
        return call(this.use('listOf'), this.reader(type.items));
      case 'map':
        return call(this.use('mapOf'), this.reader(type.values));
      case 'model':
        return call(this.use('modelOf'), `${this.nameOf(type)}::fromArray(...)`);
      case 'nullable': {
        const inner = stripNullable(type);
        return inner.kind === 'any' ? this.reader(inner) : call(this.use('nullable'), this.reader(inner));
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
    if (bare.kind === 'map' && !needsWriting(bare.values)) return call(this.use('toObject'), value);
    return call(this.writer(bare), value);
  }

  /** A null-safe `\Closure` converting a value whose type needs writing (see `needsWriting`). */
  private writer(type: TypeRef): Expr {
    const bare = stripNullable(type);
    if (bare.kind === 'map') {
      return needsWriting(bare.values) ? call(this.use('mapEach'), this.writer(bare.values)) : `${this.use('toObject')}(...)`;
    }
    if (bare.kind === 'list') return call(this.use('listEach'), this.writer(bare.items));
    throw new Error(`internal error: the php target has no writer for ${bare.kind} types`);
  }

  private use(helper: Helper): string {
    this.used.add(helper);
    return `self::${helper}`;
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
