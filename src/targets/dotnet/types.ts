/**
 * How IR types are spelled in C# 7.2 and how a property of each type is
 * written: which values it can hold, whether `null` goes on the wire, and
 * whether absence needs its own flag.
 */
import { EnumType, TypeRef, assertNever } from '../../ir/model';
import { identifier } from './naming';

export function enumTypeName(type: EnumType): string {
  return identifier(type.name, 'Enum');
}

/** Kinds C# spells as value types: only `T?` of these can hold null. */
export function isValueType(type: TypeRef): boolean {
  return type.kind === 'enum' || type.kind === 'boolean' || type.kind === 'integer' || type.kind === 'number';
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

/** Whether a type holds untyped JSON (`object`) outside the models it refers to. */
export function holdsAny(type: TypeRef): boolean {
  switch (type.kind) {
    case 'any':
      return true;
    case 'list':
      return holdsAny(type.items);
    case 'map':
      return holdsAny(type.values);
    case 'nullable':
      return holdsAny(type.inner);
    default:
      return false;
  }
}

/** Whether the C# spelling of a type needs `System.Collections.Generic`. */
export function usesCollections(type: TypeRef): boolean {
  return type.kind === 'list' || type.kind === 'map' || (type.kind === 'nullable' && usesCollections(type.inner));
}
