/** Walks over IR types that several targets need; referenced models are never entered. */
import { EnumType, ModelType, TypeRef } from './model';

/** Every type a type is made of, itself first (`list<nullable<T>>`, `nullable<T>`, `T`). */
export function typeParts(type: TypeRef): TypeRef[] {
  switch (type.kind) {
    case 'list':
      return [type, ...typeParts(type.items)];
    case 'map':
      return [type, ...typeParts(type.values)];
    case 'nullable':
      return [type, ...typeParts(type.inner)];
    default:
      return [type];
  }
}

/** The enum types inside a type, outermost first. */
export function enumsIn(type: TypeRef): EnumType[] {
  return typeParts(type).filter((t): t is EnumType => t.kind === 'enum');
}

/** The model references inside a type, outermost first. */
export function modelsIn(type: TypeRef): ModelType[] {
  return typeParts(type).filter((t): t is ModelType => t.kind === 'model');
}

/** The type without its outer nullable layers (`nullable<list<T>>` → `list<T>`). */
export function stripNullable(type: TypeRef): TypeRef {
  return type.kind === 'nullable' ? stripNullable(type.inner) : type;
}

/** Whether the wire value may be `null`: a nullable type, or any JSON value (which includes null). */
export function admitsNull(type: TypeRef): boolean {
  return type.kind === 'nullable' || type.kind === 'any';
}
