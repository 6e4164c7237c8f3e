/**
 * IR types as Python type hints, and the converters that read and write the
 * values of a type. JSON values pass through untouched (a `list[int]` is
 * already a `List[int]`); only values holding a model need converting, with
 * the combinators of the generated `_types.py` (`list_of`, `dict_of`,
 * `nullable`, `unset_or`) around the model's `from_dict` / `to_dict`.
 */
import { TypeRef, assertNever } from '../../ir/model';
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
      return `${name('Literal')}[${stringLiteral(type.value)}]`;
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
      return `${className(type.name)}.${direction === 'read' ? 'from_dict' : 'to_dict'}`;
    case 'list':
      return wrap('list_of', inner(type.items), used);
    case 'map':
      return wrap('dict_of', inner(type.values), used);
    case 'nullable':
      return wrap('nullable', inner(stripNullable(type.inner)), used);
    default:
      return null;
  }
}

/** `combinator(inner)`, noting the combinator in `used`; null when there is nothing to convert. */
export function wrap(combinator: string, inner: string | null, used: Set<string>): string | null {
  if (inner === null) return null;
  used.add(combinator);
  return `${combinator}(${inner})`;
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
