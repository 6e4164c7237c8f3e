/**
 * How IR types are spelled in C# 7.2 and how a property of each type is
 * written: which values it can hold, whether `null` goes on the wire, and
 * whether absence needs its own flag.
 */
import { EnumType, TypeRef, assertNever } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { identifier, stringLiteral } from './naming';

export function enumTypeName(type: EnumType): string {
  return identifier(type.name, 'Enum');
}

/** Kinds C# spells as value types: only `T?` of these can hold null. Enums are classes (expandable string enums). */
export function isValueType(type: TypeRef): boolean {
  return type.kind === 'boolean' || type.kind === 'integer' || type.kind === 'number';
}

/**
 * The C# spelling of a type wherever it appears (property, list item, map value).
 * Reference types (string, object, lists, maps, models) hold null as they are, so
 * C# 7.2, which has no `string?`, spells a nullable one like the plain one.
 */
export function csType(type: TypeRef): string {
  switch (type.kind) {
    case 'string':
    case 'literal':
      return 'string';
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
      return `List<${csType(type.items)}>`;
    case 'map':
      return `Dictionary<string, ${csType(type.values)}>`;
    case 'model':
      // Another area's namespace is named from the root, so no namespace of the file's own can shadow it.
      return type.qualifier ? `global::${type.qualifier}.${identifier(type.name, 'Model')}` : identifier(type.name, 'Model');
    case 'nullable':
      return isValueType(type.inner) ? `${csType(type.inner)}?` : csType(type.inner);
    default:
      return assertNever(type, 'type');
  }
}

/**
 * A type as the reference documents it, with `?` on nullable reference types
 * too (`List<string?>`): what C# 7.2 cannot spell, for doc comments.
 */
export function documentedType(type: TypeRef): string {
  switch (type.kind) {
    case 'list':
      return `List<${documentedType(type.items)}>`;
    case 'map':
      return `Dictionary<string, ${documentedType(type.values)}>`;
    case 'nullable':
      return type.inner.kind === 'nullable' ? documentedType(type.inner) : `${documentedType(type.inner)}?`;
    default:
      return csType(type);
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
export function propertyType(type: TypeRef, optional: boolean): string {
  return optional && isValueType(type) ? `${csType(type)}?` : csType(type);
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
export function csShape(type: TypeRef, helper: string): string {
  return renderShape(jsonShape(type), helper);
}

function renderShape(shape: JsonShape, helper: string): string {
  switch (shape.kind) {
    case 'json':
      return `${helper}.${shape.name[0].toUpperCase()}${shape.name.slice(1)}`;
    case 'literal':
      return `${helper}.Literal(${stringLiteral(String(shape.value))})`;
    case 'model':
      // Another namespace's WireShape is of its own helper's type: that model is checked as an object and read by its own converter.
      return shape.model.qualifier === undefined ? `${helper}.Model(() => ${helper.slice(0, helper.lastIndexOf('.') + 1)}${identifier(shape.model.name, 'Model')}.WireShape)` : `${helper}.ForeignModel`;
    case 'list':
      return `${helper}.List(${renderShape(shape.inner, helper)})`;
    case 'map':
      return `${helper}.Map(${renderShape(shape.inner, helper)})`;
    case 'nullable':
      return `${renderShape(shape.inner, helper)}.Nullable()`;
  }
}
