/**
 * IR types as Python type hints, the converters that read and write the
 * values of a type, and the JSON shapes strict reading checks. JSON values
 * pass through untouched (a `list[int]` is already a `List[int]`); only
 * values holding a model, a union, a named enum or (with the `dateTime`
 * option) a date-time need converting, with the combinators of the
 * generated `_types.py` (`list_of`, `dict_of`, `read_model`, ...), each of
 * which keeps a value of another JSON kind (None, UNSET, a string where a
 * list was documented) as it is.
 */
import { ModelType, TypeRef, assertNever } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { Expr, tuple } from './layout';
import { className, pythonLiteral, stringLiteral, unionNames } from './naming';
import { stripNullable } from '../../ir/type-walk';

/** What the target's options change in how a type is written. */
export interface PyTypeOptions {
  /** `targets.python.dateTime: datetime`: a `date-time` string is a `datetime.datetime`. */
  readonly dateTime?: boolean;
}

const isDateTime = (type: TypeRef, options: PyTypeOptions) => options.dateTime === true && type.kind === 'string' && type.format === 'date-time';

/** The type hint of a value of the type, without the field's optionality; the `typing` names it uses are added to `used`. */
export function typeHint(type: TypeRef, used: Set<string> = new Set(), options: PyTypeOptions = {}): string {
  const hint = (inner: TypeRef) => typeHint(inner, used, options);
  const name = (typing: string) => (used.add(typing), typing);
  switch (type.kind) {
    case 'string':
      return isDateTime(type, options) ? name('datetime') : 'str';
    case 'enum':
      // Docs pages' enums stay open strings in Python: unknown values are kept; the docstring lists the known ones.
      return 'str';
    case 'literal': {
      const literal = pythonLiteral(type.value);
      return literal === undefined ? 'float' : `${name('Literal')}[${literal}]`;
    }
    case 'boolean':
      return 'bool';
    case 'integer':
      // Python's int has no width: int64 fits as it is.
      return 'int';
    case 'number':
      return 'float';
    case 'any':
      return name('Any');
    case 'list':
      return `${name('List')}[${hint(type.items)}]`;
    case 'map':
      return `${name('Dict')}[str, ${hint(type.values)}]`;
    case 'model':
      // A named enum is open: a value it does not list reads as a plain str.
      return type.modelKind === 'enum' ? `${name('Union')}[${className(type.name)}, str]` : className(type.name);
    case 'nullable':
      return `${name('Optional')}[${hint(stripNullable(type.inner))}]`;
    default:
      return assertNever(type, 'type');
  }
}

export type Direction = 'read' | 'write';

/**
 * The converter of a value of the type: a callable expression such as
 * `list_of(Leaf.from_dict)`, or null when the JSON value is the Python value.
 * The `_types` combinators it uses are added to `used`.
 */
export function converter(type: TypeRef, direction: Direction, used: Set<string> = new Set(), options: PyTypeOptions = {}): string | null {
  const inner = (t: TypeRef) => converter(t, direction, used, options);
  const helper = (name: string) => (used.add(name), name);
  switch (type.kind) {
    case 'model':
      return modelConverter(type, direction, used);
    case 'string':
      if (!isDateTime(type, options)) return null;
      return helper(direction === 'read' ? 'read_datetime' : 'write_datetime');
    case 'list':
      return wrap('list_of', inner(type.items), used);
    case 'map':
      return wrap('dict_of', inner(type.values), used);
    // None passes through every converter.
    case 'nullable':
      return inner(type.inner);
    default:
      return null;
  }
}

function modelConverter(type: ModelType, direction: Direction, used: Set<string>): string {
  const name = className(type.name);
  const helper = (helperName: string) => (used.add(helperName), helperName);
  if (direction === 'write') return helper(type.modelKind === 'union' ? 'write_json' : type.modelKind === 'enum' ? 'write_enum' : 'write_model');
  if (type.modelKind === 'union') return wrap('read_present', unionNames(type.name).reader, used) as string;
  return wrap(type.modelKind === 'enum' ? 'read_enum' : 'read_model', type.modelKind === 'enum' ? name : `${name}.from_dict`, used) as string;
}

/** `combinator(inner)`, noting the combinator in `used`; null when there is nothing to convert. */
function wrap(combinator: string, inner: string | null, used: Set<string>): string | null {
  if (inner === null) return null;
  used.add(combinator);
  return `${combinator}(${inner})`;
}

/**
 * The JSON a value of the type must be under strict reading (see
 * `json-shape.ts`), as a `_types.WireField` shape: a string for a JSON kind,
 * else a pair. A nested model is its class's `wire_shape`, a union its
 * module's shape function, each called only when checking, so self and
 * mutual references work; a named enum is any string, enums being open.
 */
export function wireShape(type: TypeRef, options: PyTypeOptions = {}): Expr {
  return render(jsonShape(type), dateTimes(type, options));
}

/** Whether the type's strings are date-times read as `datetime` (strict reading then checks they parse). */
function dateTimes(type: TypeRef, options: PyTypeOptions): boolean {
  const base = stripNullable(type);
  if (base.kind === 'list') return dateTimes(base.items, options);
  if (base.kind === 'map') return dateTimes(base.values, options);
  return isDateTime(base, options);
}

function render(shape: JsonShape, dateTime: boolean): Expr {
  switch (shape.kind) {
    case 'json':
      return stringLiteral(dateTime && shape.name === 'string' ? 'date-time' : shape.name);
    case 'literal':
      return tuple('"literal"', pythonLiteral(shape.value) ?? String(shape.value));
    case 'model':
      if (shape.model.modelKind === 'enum') return stringLiteral('string');
      if (shape.model.modelKind === 'union') return tuple('"union"', unionNames(shape.model.name).shape);
      return tuple('"model"', `${className(shape.model.name)}.wire_shape`);
    default:
      return tuple(stringLiteral(shape.kind), render(shape.inner, dateTime));
  }
}

/** The ids and annotation names of the models, unions and enums a type holds, in first-seen order. */
export function referencedModels(type: TypeRef, into: Map<string, string> = new Map()): Map<string, string> {
  switch (type.kind) {
    case 'model':
      if (!into.has(type.modelId)) into.set(type.modelId, className(type.name));
      return into;
    case 'list':
      return referencedModels(type.items, into);
    case 'map':
      return referencedModels(type.values, into);
    case 'nullable':
      return referencedModels(type.inner, into);
    default:
      return into;
  }
}

/** Whether the type, at any depth, is of one of the kinds. */
export function uses(type: TypeRef, kinds: readonly TypeRef['kind'][]): boolean {
  if (kinds.includes(type.kind)) return true;
  switch (type.kind) {
    case 'list':
      return uses(type.items, kinds);
    case 'map':
      return uses(type.values, kinds);
    case 'nullable':
      return uses(type.inner, kinds);
    default:
      return false;
  }
}
