/**
 * IR types as Python type hints, the converters that read and write the
 * values of a type, and the JSON shapes strict reading checks. JSON values
 * pass through untouched (a `list[int]` is already a `List[int]`); only
 * values holding a model need converting, with the combinators of the
 * generated `_types.py` (`list_of`, `dict_of`, `read_model`, `write_model`),
 * each of which keeps a value of another JSON kind (None, UNSET, a string
 * where a list was documented) as it is.
 */
import { TypeRef, assertNever } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { Expr, tuple } from './layout';
import { className, stringLiteral } from './naming';
import { stripNullable } from '../../ir/type-walk';

/** The type hint of a value of the type, without the field's optionality; the `typing` names it uses are added to `used`. */
export function typeHint(type: TypeRef, used: Set<string> = new Set()): string {
  const hint = (inner: TypeRef) => typeHint(inner, used);
  const name = (typing: string) => (used.add(typing), typing);
  switch (type.kind) {
    case 'string':
    case 'enum':
      // Enums stay open strings in Python: unknown values are kept; the docstring lists the known ones.
      return 'str';
    case 'literal':
      return `${name('Literal')}[${stringLiteral(String(type.value))}]`;
    case 'boolean':
      return 'bool';
    case 'integer':
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
      return className(type.name);
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
export function converter(type: TypeRef, direction: Direction, used: Set<string> = new Set()): string | null {
  const inner = (t: TypeRef) => converter(t, direction, used);
  switch (type.kind) {
    case 'model':
      if (direction === 'read') return wrap('read_model', `${className(type.name)}.from_dict`, used);
      used.add('write_model');
      return 'write_model';
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

/** `combinator(inner)`, noting the combinator in `used`; null when there is nothing to convert. */
function wrap(combinator: string, inner: string | null, used: Set<string>): string | null {
  if (inner === null) return null;
  used.add(combinator);
  return `${combinator}(${inner})`;
}

/**
 * The JSON a value of the type must be under strict reading (see
 * `json-shape.ts`), as a `_types.WireField` shape: a string for a JSON kind,
 * else a pair. A nested model is its class's `wire_shape`, called only when
 * checking, so self and mutual references work.
 */
export function wireShape(type: TypeRef): Expr {
  return render(jsonShape(type));
}

function render(shape: JsonShape): Expr {
  switch (shape.kind) {
    case 'json':
      return stringLiteral(shape.name);
    case 'literal':
      return tuple('"literal"', stringLiteral(String(shape.value)));
    case 'model':
      return tuple('"model"', `${className(shape.model.name)}.wire_shape`);
    default:
      return tuple(stringLiteral(shape.kind), render(shape.inner));
  }
}

/** The ids and class names of the models a type holds, in first-seen order. */
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
