/**
 * IR types as Java types, and how a record component stands for absence and
 * null. Primitives only where neither can happen (a required, non-nullable
 * boolean, integer or number); everything else is a reference type, boxed
 * inside collections. Nullability inside a type (list items, map values) has
 * no checked spelling on this classpath (no JSpecify jar), so the Javadoc
 * spells it as the spec does: `List<@Nullable String>`.
 */
import { assertNever, Property, TypeRef } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { stringLiteral, typeName } from './naming';
import { admitsNull, typeParts } from '../../ir/type-walk';

/** The generated wrapper for a component that may be absent and may be null. */
export const JSON_NULLABLE = 'JsonNullable';

/**
 * How a component carries absence and null:
 * - `required`: always written, never expected to be null;
 * - `nullable`: always written, `null` written as `null`;
 * - `optional`: `null` stands for absent and is omitted when written;
 * - `optionalNullable`: `JsonNullable<T>`, undefined (absent, omitted) or of(value), value possibly null.
 */
export type Presence = 'required' | 'nullable' | 'optional' | 'optionalNullable';

export function presence(property: Pick<Property, 'optional' | 'type'>): Presence {
  if (property.optional) return admitsNull(property.type) ? 'optionalNullable' : 'optional';
  return admitsNull(property.type) ? 'nullable' : 'required';
}

const PRIMITIVES: Readonly<Record<string, readonly [primitive: string, boxed: string]>> = {
  boolean: ['boolean', 'Boolean'],
  integer: ['long', 'Long'],
  number: ['double', 'Double'],
};

/**
 * The Java type of a value. `boxed` is false only where the value can be
 * neither absent nor null; `nullableMark` is what a nullable position gets
 * in front of it (empty in code, `@Nullable ` in documentation).
 */
export function javaType(type: TypeRef, boxed = true, nullableMark = ''): string {
  const nested = (t: TypeRef) => javaType(t, true, nullableMark);
  switch (type.kind) {
    case 'string':
    case 'literal':
      return 'String';
    case 'enum':
      return typeName(type.name);
    case 'boolean':
    case 'integer':
    case 'number':
      return PRIMITIVES[type.kind][boxed ? 1 : 0];
    case 'any':
      return 'Object';
    case 'list':
      return `List<${nested(type.items)}>`;
    case 'map':
      return `Map<String, ${nested(type.values)}>`;
    case 'model':
      // Qualified when the model is generated in another package (src/targets/area-refs.ts).
      return type.qualifier ? `${type.qualifier}.${typeName(type.name)}` : typeName(type.name);
    case 'nullable':
      return `${nullableMark}${nested(type.inner)}`;
    default:
      return assertNever(type, 'type');
  }
}

/** The declared type of a record component. */
export function componentType(property: Pick<Property, 'optional' | 'type'>): string {
  const how = presence(property);
  if (how === 'optionalNullable') return `${JSON_NULLABLE}<${javaType(property.type)}>`;
  return javaType(property.type, how !== 'required');
}

/** Whether some position inside the type (not the type itself) is marked nullable; `any` inside says so apart. */
export function hasNestedNullable(type: TypeRef): boolean {
  const top = type.kind === 'nullable' ? type.inner : type;
  return typeParts(top)
    .slice(1)
    .some((t) => t.kind === 'nullable');
}

/** Javadoc sentences on what a component holds when absent or null, and where null may appear inside it. */
export function presenceDocLines(property: Pick<Property, 'optional' | 'type'>): string[] {
  const lines: string[] = [];
  switch (presence(property)) {
    case 'required':
      break;
    case 'optional':
      lines.push('Optional: null when the payload omits it, and then omitted when written.');
      break;
    case 'nullable':
      lines.push('Nullable: null when the payload has null, and then written as null.');
      break;
    case 'optionalNullable':
      lines.push(
        `Optional and nullable: ${JSON_NULLABLE}.undefined() when the payload omits it (then omitted when written),`,
        `${JSON_NULLABLE}.of(null) when it has null (then written as null).`,
      );
      break;
  }
  if (hasNestedNullable(property.type)) lines.push(`Null may appear where marked: ${javaType(property.type, true, '@Nullable ')}.`);
  if (typeParts(property.type).some((t) => t.kind === 'any')) {
    lines.push('Untyped JSON, read as Jackson reads Object: Map, List, String, Integer, Long, BigInteger, Double, Boolean or null.');
  }
  return lines;
}

/** What the docs say a value of `type` is (see `json-shape.ts`), as an expression of `ModelJson`'s shapes. */
export function javaShape(type: TypeRef): string {
  return renderShape(jsonShape(type));
}

function renderShape(shape: JsonShape): string {
  switch (shape.kind) {
    case 'json':
      return `ModelJson.${shape.name.toUpperCase()}`;
    case 'literal':
      return `ModelJson.literal(${stringLiteral(String(shape.value))})`;
    case 'model':
      // Another package's SHAPE is package-private there: its record is checked as an object and read by its own fromNode.
      return shape.model.qualifier === undefined ? `ModelJson.model(() -> ${typeName(shape.model.name)}.SHAPE)` : 'ModelJson.OBJECT';
    case 'list':
    case 'map':
    case 'nullable':
      return `ModelJson.${shape.kind}(${renderShape(shape.inner)})`;
  }
}
