/**
 * The JSON a documented value must be under strict reading, the same in
 * every language: a JSON kind (an enum is any string, enums being open), a
 * string literal, a list, map or nullable of a shape, or a nested model (object, union or enum: `model.modelKind` says which).
 * Each target renders it as its own runtime's shape data.
 */
import { LiteralValue, ModelType, TypeRef, assertNever } from '../ir/model';

export type JsonShape =
  | { readonly kind: 'json'; readonly name: 'string' | 'number' | 'integer' | 'boolean' | 'any'; readonly format?: string }
  | { readonly kind: 'literal'; readonly value: LiteralValue }
  | { readonly kind: 'list' | 'map' | 'nullable'; readonly inner: JsonShape }
  | { readonly kind: 'model'; readonly model: ModelType };

export function jsonShape(type: TypeRef): JsonShape {
  switch (type.kind) {
    case 'string':
      // The format rides along for targets whose option maps it to a type of their own (a date-time).
      return type.format ? { kind: 'json', name: 'string', format: type.format } : { kind: 'json', name: 'string' };
    case 'enum':
      return { kind: 'json', name: 'string' };
    case 'boolean':
    case 'integer':
    case 'number':
    case 'any':
      return { kind: 'json', name: type.kind };
    case 'literal':
      return { kind: 'literal', value: type.value };
    case 'list':
      return { kind: 'list', inner: jsonShape(type.items) };
    case 'map':
      return { kind: 'map', inner: jsonShape(type.values) };
    case 'nullable':
      return { kind: 'nullable', inner: jsonShape(type.inner) };
    case 'model':
      return { kind: 'model', model: type };
    default:
      return assertNever(type, 'type');
  }
}
