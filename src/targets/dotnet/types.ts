/**
 * How IR types are spelled in C# 7.2 and how a property of each type is
 * written: which values it can hold, whether `null` goes on the wire, and
 * whether absence needs its own flag.
 */
import { EnumType, LiteralValue, ModelType, TypeRef, assertNever } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { identifier, literalExpression } from './naming';

/** The `dateTime` option's value that maps `format: date-time` strings to `System.DateTimeOffset`. */
export const DATE_TIME_TYPE = 'DateTimeOffset';

/** Whether a string is read as a DateTimeOffset: a `date-time` string, with the `dateTime` option set. */
export const isDateTime = (type: TypeRef, dates: boolean) => dates && type.kind === 'string' && type.format === 'date-time';

/** The C# type a `const` value has. */
export function literalType(value: LiteralValue): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return literalExpression(value).endsWith('L') ? 'long' : 'double';
}

export function enumTypeName(type: EnumType): string {
  return identifier(type.name, 'Enum');
}

/** Kinds C# spells as value types: only `T?` of these can hold null. Enums are classes (expandable string enums). */
export function isValueType(type: TypeRef, dates = false): boolean {
  return type.kind === 'boolean' || type.kind === 'integer' || type.kind === 'number' || (type.kind === 'literal' && typeof type.value !== 'string') || isDateTime(type, dates);
}

/**
 * The C# spelling of a type wherever it appears (property, list item, map value).
 * Reference types (string, object, lists, maps, models) hold null as they are, so
 * C# 7.2, which has no `string?`, spells a nullable one like the plain one.
 */
export function csType(type: TypeRef, dates = false): string {
  const nested = (t: TypeRef) => csType(t, dates);
  switch (type.kind) {
    case 'string':
      return isDateTime(type, dates) ? `global::System.${DATE_TIME_TYPE}` : 'string';
    case 'literal':
      return literalType(type.value);
    case 'enum':
      return enumTypeName(type);
    case 'boolean':
      return 'bool';
    case 'integer':
      return 'long';
    case 'number':
      return 'double';
    case 'any':
      return 'object';
    case 'list':
      return `List<${nested(type.items)}>`;
    case 'map':
      return `Dictionary<string, ${nested(type.values)}>`;
    case 'model':
      // Another area's namespace is named from the root, so no namespace of the file's own can shadow it.
      return type.qualifier ? `global::${type.qualifier}.${identifier(type.name, 'Model')}` : identifier(type.name, 'Model');
    case 'nullable':
      return isValueType(type.inner, dates) ? `${nested(type.inner)}?` : nested(type.inner);
    default:
      return assertNever(type, 'type');
  }
}

/**
 * A type as the reference documents it, with `?` on nullable reference types
 * too (`List<string?>`): what C# 7.2 cannot spell, for doc comments.
 */
export function documentedType(type: TypeRef, dates = false): string {
  switch (type.kind) {
    case 'list':
      return `List<${documentedType(type.items, dates)}>`;
    case 'map':
      return `Dictionary<string, ${documentedType(type.values, dates)}>`;
    case 'nullable':
      return type.inner.kind === 'nullable' ? documentedType(type.inner, dates) : `${documentedType(type.inner, dates)}?`;
    default:
      return csType(type, dates);
  }
}

/**
 * How a property is written:
 * - `plain`: always written (a required, non-nullable value);
 * - `omitNull`: optional and never null, so C# null stands for absent and is left out;
 * - `writeNull`: required and nullable, so null is written as `null`;
 * - `tracked`: optional and nullable, so absent and `null` differ and a
 *   `<Name>Specified` flag (Newtonsoft's convention) says whether the key is there.
 * `any` includes `null`, so it counts as nullable.
 */
export type Presence = 'plain' | 'omitNull' | 'writeNull' | 'tracked';

export function presenceOf(type: TypeRef, optional: boolean): Presence {
  const nullable = type.kind === 'nullable' || type.kind === 'any';
  if (optional) return nullable ? 'tracked' : 'omitNull';
  return nullable ? 'writeNull' : 'plain';
}

/** The property's C# type: an optional value type needs `T?` so that it can be absent. */
export function propertyType(type: TypeRef, optional: boolean, dates = false): string {
  return optional && isValueType(type, dates) ? `${csType(type, dates)}?` : csType(type, dates);
}

/** Whether the C# spelling of a type needs `System.Collections.Generic`. */
export function usesCollections(type: TypeRef): boolean {
  return type.kind === 'list' || type.kind === 'map' || (type.kind === 'nullable' && usesCollections(type.inner));
}

/**
 * What the docs say a value of `type` is, as an expression of the `ModelJson`
 * helper. `helper` is its qualified name (`global::WorkOS.ModelJson`): a
 * property named like a type would hide the type inside the class.
 */
export function csShape(type: TypeRef, helper: string, dates = false): string {
  return renderShape(jsonShape(type), helper, dates);
}

function renderShape(shape: JsonShape, helper: string, dates: boolean): string {
  switch (shape.kind) {
    case 'json':
      return dates && shape.format === 'date-time' ? `${helper}.DateTime` : `${helper}.${shape.name[0].toUpperCase()}${shape.name.slice(1)}`;
    case 'literal':
      return `${helper}.Literal(${literalExpression(shape.value)})`;
    case 'model':
      return modelShape(shape.model, helper);
    case 'list':
      return `${helper}.List(${renderShape(shape.inner, helper, dates)})`;
    case 'map':
      return `${helper}.Map(${renderShape(shape.inner, helper, dates)})`;
    case 'nullable':
      return `${renderShape(shape.inner, helper, dates)}.Nullable()`;
  }
}

/**
 * A named enum is any string, enums being open. Another namespace's
 * WireShape is of its own helper's type: its model is checked as an object
 * and its union as any value but null, each read by its own converter.
 */
function modelShape(model: ModelType, helper: string): string {
  if (model.modelKind === 'enum') return `${helper}.String`;
  if (model.qualifier !== undefined) return model.modelKind === 'union' ? `${helper}.ForeignUnion` : `${helper}.ForeignModel`;
  const type = `${helper.slice(0, helper.lastIndexOf('.') + 1)}${identifier(model.name, 'Model')}`;
  return model.modelKind === 'union' ? `${helper}.Union(() => ${type}.WireShape)` : `${helper}.Model(() => ${type}.WireShape)`;
}
