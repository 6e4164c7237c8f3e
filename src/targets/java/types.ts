/**
 * IR types as Java types, and how a record component stands for absence and
 * null. Primitives only where neither can happen (a required, non-nullable
 * boolean, integer or number); everything else is a reference type, boxed
 * inside collections. Nullability inside a type (list items, map values) has
 * no checked spelling on this classpath (no JSpecify jar), so the Javadoc
 * spells it as the spec does: `List<@Nullable String>`.
 */
import { assertNever, LiteralValue, Property, TypeRef } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { literalExpression, typeName } from './naming';
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

/** The `dateTime` option's value that maps `format: date-time` strings to `java.time.OffsetDateTime`. */
export const DATE_TIME_TYPE = 'OffsetDateTime';

/** Whether a string is read as an OffsetDateTime: a `date-time` string, with the `dateTime` option set. */
export const isDateTime = (type: TypeRef, dates: boolean) => dates && type.kind === 'string' && type.format === 'date-time';

/** The Java type a `const` value has: `String`, `boolean`, `long` or `double`. */
export function literalType(value: LiteralValue, boxed: boolean): string {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return PRIMITIVES.boolean[boxed ? 1 : 0];
  return PRIMITIVES[literalExpression(value).endsWith('L') ? 'integer' : 'number'][boxed ? 1 : 0];
}

/**
 * The Java type of a value. `boxed` is false only where the value can be
 * neither absent nor null; `nullableMark` is what a nullable position gets
 * in front of it (empty in code, `@Nullable ` in documentation); `dates`
 * is the `dateTime` option, on.
 */
export function javaType(type: TypeRef, boxed = true, nullableMark = '', dates = false): string {
  const nested = (t: TypeRef) => javaType(t, true, nullableMark, dates);
  switch (type.kind) {
    case 'string':
      return isDateTime(type, dates) ? DATE_TIME_TYPE : 'String';
    case 'literal':
      return literalType(type.value, boxed);
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
export function componentType(property: Pick<Property, 'optional' | 'type'>, dates = false): string {
  const how = presence(property);
  if (how === 'optionalNullable') return `${JSON_NULLABLE}<${javaType(property.type, true, '', dates)}>`;
  return javaType(property.type, how !== 'required', '', dates);
}

/** Whether some position inside the type (not the type itself) is marked nullable; `any` inside says so apart. */
export function hasNestedNullable(type: TypeRef): boolean {
  const top = type.kind === 'nullable' ? type.inner : type;
  return typeParts(top)
    .slice(1)
    .some((t) => t.kind === 'nullable');
}

/** Javadoc sentences on what a component holds when absent or null, and where null may appear inside it. */
export function presenceDocLines(property: Pick<Property, 'optional' | 'type'>, dates = false): string[] {
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
  if (hasNestedNullable(property.type)) lines.push(`Null may appear where marked: ${javaType(property.type, true, '@Nullable ', dates)}.`);
  if (typeParts(property.type).some((t) => t.kind === 'any')) {
    lines.push('Untyped JSON, read as Jackson reads Object: Map, List, String, Integer, Long, BigInteger, Double, Boolean or null.');
  }
  return lines;
}

/**
 * What the docs say a value of `type` is (see `json-shape.ts`), as an
 * expression of `ModelJson`'s shapes; `dates`: the `dateTime` option is on.
 */
export function javaShape(type: TypeRef, dates = false): string {
  return renderShape(jsonShape(type), dates);
}

function renderShape(shape: JsonShape, dates: boolean): string {
  switch (shape.kind) {
    case 'json':
      return dates && shape.format === 'date-time' ? 'ModelJson.DATE_TIME' : `ModelJson.${shape.name.toUpperCase()}`;
    case 'literal':
      return `ModelJson.literal(${literalExpression(shape.value)})`;
    case 'model':
      return modelShape(shape.model.modelKind, shape.model.qualifier === undefined ? typeName(shape.model.name) : undefined);
    case 'list':
    case 'map':
    case 'nullable':
      return `ModelJson.${shape.kind}(${renderShape(shape.inner, dates)})`;
  }
}

/**
 * A named enum is any string, enums being open. Another package's SHAPE is
 * package-private there (a union's is of that package's ModelJson), so its
 * record is checked as an object and its union as any value but null, each
 * read by its own fromNode; `local` is the type's name when it is this package's.
 */
function modelShape(kind: 'union' | 'enum' | undefined, local: string | undefined): string {
  if (kind === 'enum') return 'ModelJson.STRING';
  if (kind === 'union') return local === undefined ? 'ModelJson.FOREIGN_UNION' : `ModelJson.union(() -> ${local}.SHAPE)`;
  return local === undefined ? 'ModelJson.OBJECT' : `ModelJson.model(() -> ${local}.SHAPE)`;
}
