/**
 * The IR's types in PHP: the native type of a promoted property, its PHPDoc
 * type when the native one says less (`array` → `list<int>`), and the helper
 * calls that read a wire value into it and write it back out.
 */
import { LiteralValue, ModelType, TypeRef, assertNever } from '../../ir/model';
import { call, Expr } from './expr';
import { stripNullable } from '../../ir/type-walk';
import { stringLiteral } from './naming';

/** Writes the name a class uses for a referenced model (see class-refs.ts). */
export type NameOf = (ref: ModelType) => string;

/** The shared runtime class of each namespace (`ModelRuntime.php`) and the local that holds one read's instance. */
export const RUNTIME_CLASS = 'ModelRuntime';
export const READ_VARIABLE = '$wire';

/** The PHP class a `date-time` string reads into under the `dateTime` option. */
export const DATE_CLASS = '\\DateTimeImmutable';

/**
 * The declared type: `int`, `?array`, `mixed` (which already admits null),
 * `?TreeNode`. A union is its interface; a named enum stays a string, open as
 * every enum is; `dates` maps `date-time` strings to `\DateTimeImmutable`.
 */
export function nativeType(type: TypeRef, nameOf: NameOf, dates = false): string {
  switch (type.kind) {
    case 'string':
      return dates && type.format === 'date-time' ? DATE_CLASS : 'string';
    case 'literal':
      return literalType(type.value);
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
      return type.modelKind === 'enum' ? 'string' : nameOf(type);
    case 'nullable': {
      const inner = nativeType(stripNullable(type), nameOf, dates);
      return inner === 'mixed' ? inner : `?${inner}`;
    }
    default:
      return assertNever(type, 'type');
  }
}

/** The PHP type of a `const` value: `string`, `bool`, `int` or `float`. */
function literalType(value: LiteralValue): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return Number.isInteger(value) ? 'int' : 'float';
}

/** A `const` value as PHP source: `'widget'`, `true`, `2`, `0.5`. */
export function literalSource(value: LiteralValue): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = String(value);
  return Number.isInteger(value) || /[.eE]/.test(text) ? text : `${text}.0`;
}

/** The PHPDoc type (Psalm/PHPStan syntax): `list<list<int>>`, `array<string, TreeNode>|null`. */
export function docType(type: TypeRef, nameOf: NameOf, dates = false): string {
  switch (type.kind) {
    case 'list':
      return `list<${docType(type.items, nameOf, dates)}>`;
    case 'map':
      return `array<string, ${docType(type.values, nameOf, dates)}>`;
    case 'nullable': {
      const inner = docType(stripNullable(type), nameOf, dates);
      return inner === 'mixed' ? inner : `${inner}|null`;
    }
    default:
      return nativeType(type, nameOf, dates);
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
export function jsonKind(type: TypeRef, unionExpects: (ref: ModelType) => string = () => 'object'): string {
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
      return 'object';
    case 'model':
      if (type.modelKind === 'enum') return 'string';
      return type.modelKind === 'union' ? unionExpects(type) : 'object';
    case 'nullable':
      return jsonKind(type.inner, unionExpects);
    default:
      return assertNever(type, 'type');
  }
}

/** What reading and writing need to know beyond a type's name. */
export interface TypeContext {
  /** The reader class of a union (`ShapeEventReader`), as this class writes it. */
  readonly readerOf: NameOf;
  /** What a strict read of a union expects: `object`, `string, number or boolean`. */
  readonly unionExpects: (ref: ModelType) => string;
  /** The `dateTime` option: `date-time` strings read into `\DateTimeImmutable`. */
  readonly dates: boolean;
}

const NO_CONTEXT: TypeContext = { readerOf: (ref) => `${ref.name}Reader`, unionExpects: () => 'object', dates: false };

/** Reader and writer expressions over the shared runtime (see templates/php/ModelRuntime.php.hbs). */
export class Expressions {
  constructor(
    private readonly nameOf: NameOf,
    private readonly context: TypeContext = NO_CONTEXT,
  ) {}

  /**
   * Reads the wire key of a property from `$data` with the read's runtime
   * instance: a required key names its JSON kind for the strict error on a
   * missing key.
   */
  readProperty(type: TypeRef, optional: boolean, wireKey: string): Expr {
    if (optional) return call(`${READ_VARIABLE}->optional`, '$data', wireKey, this.reader(type));
    return call(`${READ_VARIABLE}->required`, '$data', wireKey, stringLiteral(jsonKind(type, this.context.unionExpects)), this.reader(type));
  }

  /** A `\Closure(mixed $value, string $path): T` that checks and converts one wire value. */
  reader(type: TypeRef): Expr {
    switch (type.kind) {
      case 'string':
        return this.method(this.context.dates && type.format === 'date-time' ? 'dateTime' : 'string');
      case 'enum':
        return this.method('string');
      case 'literal':
        return call(`${READ_VARIABLE}->literal`, literalSource(type.value));
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
        return this.modelReader(type);
      case 'nullable': {
        const inner = stripNullable(type);
        return inner.kind === 'any' ? this.reader(inner) : call(`${READ_VARIABLE}->nullable`, this.reader(inner));
      }
      default:
        return assertNever(type, 'type');
    }
  }

  private modelReader(type: ModelType): Expr {
    if (type.modelKind === 'enum') return this.method('string');
    if (type.modelKind === 'union') return call(`${READ_VARIABLE}->union`, `${this.context.readerOf(type)}::fromValue(...)`);
    return call(`${READ_VARIABLE}->model`, `${this.nameOf(type)}::fromArray(...)`);
  }

  /**
   * The JSON form of a value: maps become objects, so `{}` and numeric keys
   * survive `json_encode`; dates become their text; models and unions stay
   * objects and serialise themselves.
   */
  write(type: TypeRef, value: string): Expr {
    if (!needsWriting(type, this.context.dates)) return value;
    const bare = stripNullable(type);
    if (bare.kind === 'map' && !needsWriting(bare.values, this.context.dates)) return call(`${RUNTIME_CLASS}::toObject`, value);
    return call(this.writer(bare), value);
  }

  /** A null-safe `\Closure` converting a value whose type needs writing (see `needsWriting`). */
  private writer(type: TypeRef): Expr {
    const bare = stripNullable(type);
    const dates = this.context.dates;
    if (bare.kind === 'map') {
      return needsWriting(bare.values, dates) ? call(`${RUNTIME_CLASS}::mapEach`, this.writer(bare.values)) : `${RUNTIME_CLASS}::toObject(...)`;
    }
    if (bare.kind === 'list') return call(`${RUNTIME_CLASS}::listEach`, this.writer(bare.items));
    if (bare.kind === 'string' && dates) return `${RUNTIME_CLASS}::dateText(...)`;
    throw new Error(`internal error: the php target has no writer for ${bare.kind} types`);
  }

  private method(name: string): string {
    return `${READ_VARIABLE}->${name}(...)`;
  }
}

/** Whether the PHP value differs from its JSON form: it holds a map (a PHP array written as an object) or, with `dates`, a date. */
export function needsWriting(type: TypeRef, dates = false): boolean {
  switch (type.kind) {
    case 'map':
      return true;
    case 'string':
      return dates && type.format === 'date-time';
    case 'list':
      return needsWriting(type.items, dates);
    case 'nullable':
      return needsWriting(type.inner, dates);
    default:
      return false;
  }
}
