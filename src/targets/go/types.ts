/**
 * IR types as Go spells them, and how a property's optional/nullable pair
 * becomes a field type and a tag. encoding/json does the reading and
 * writing, so the Go type alone must keep absent, `null`, `[]` and values
 * apart:
 *
 * - required: the value type; a nil slice or map would write `null`, but
 *   reading `[]`/`{}` gives an empty non-nil one, so a required list that
 *   came as `[]` goes back as `[]`;
 * - nullable: a pointer (`*string`, `*[]string`), nil is `null`, no omitempty;
 * - optional: a pointer with omitempty, so `false`, `0`, `""`, `[]` and `{}`
 *   stay present and only an unset field is left out;
 * - optional and nullable: `Nullable[T]` (see nullable.go.hbs), a map type
 *   that omitempty leaves out when unset and that writes `null` when null.
 *
 * `any` is `interface{}`, which holds `null` itself, so an optional `any`
 * is treated as optional and nullable.
 */
import { EnumType, LiteralValue, ModelType, TypeRef, assertNever } from '../../ir/model';
import { admitsNull, stripNullable } from '../../ir/type-walk';
import { JsonShape, jsonShape } from '../json-shape';
import { goString } from './naming';

/** The name of the helper type for optional-and-nullable fields, declared once per package that needs it. */
export const NULLABLE_TYPE = 'Nullable';

/** Names the type mapping needs from the package being rendered. */
export interface GoTypeNames {
  /** The struct name of a model (throws when Go cannot refer to it from here). */
  model(modelId: string): string;
  enum(type: EnumType): string;
  /** True when a required field of this model type, held by value, would make the struct contain itself. */
  isCyclic(modelId: string): boolean;
  /** The `dateTime` option is `time.Time`: a `date-time` string is a `time.Time`. */
  readonly dateTimeAsTime: boolean;
}

/** The Go type of the `dateTime` option's `time.Time` value. */
export const TIME_TYPE = 'time.Time';

/** Whether a Go type spelling holds a `time.Time`, so its file imports "time" and reads the field exactly. */
export function mentionsTime(goType: string): boolean {
  return goType.includes(TIME_TYPE);
}

export interface GoFieldType {
  readonly type: string;
  readonly omitempty: boolean;
}

/** The Go type of a value of `type` in any position: a field, a slice item, a map value. */
export function goType(type: TypeRef, names: GoTypeNames): string {
  switch (type.kind) {
    case 'string':
      return names.dateTimeAsTime && type.format === 'date-time' ? TIME_TYPE : 'string';
    case 'literal':
      return literalType(type.value);
    case 'enum':
      return names.enum(type);
    case 'boolean':
      return 'bool';
    case 'integer':
      return 'int64';
    case 'number':
      return 'float64';
    case 'any':
      return 'interface{}';
    case 'list':
      return `[]${goType(type.items, names)}`;
    case 'map':
      return `map[string]${goType(type.values, names)}`;
    case 'model':
      return names.model(type.modelId);
    case 'nullable':
      return nullableType(type.inner, names);
    default:
      return assertNever(type, 'type');
  }
}

/** A `const` is held in the type of its value; the doc comment says which value it always is. */
function literalType(value: LiteralValue): string {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  return 'string';
}

/** A `const` value as a Go expression: a string literal, `true`, or a float64 (strict reading compares numbers by value). */
export function goLiteral(value: LiteralValue): string {
  if (typeof value === 'string') return goString(value);
  return typeof value === 'boolean' ? String(value) : `float64(${value})`;
}

/** `null` or a value: a pointer, except for `interface{}`, which is nil already. */
function nullableType(inner: TypeRef, names: GoTypeNames): string {
  if (inner.kind === 'nullable') return nullableType(inner.inner, names);
  return inner.kind === 'any' ? 'interface{}' : `*${goType(inner, names)}`;
}

/** A struct field's type and whether its tag says omitempty. */
export function fieldType(type: TypeRef, optional: boolean, names: GoTypeNames): GoFieldType {
  if (optional && admitsNull(type)) return { type: `${NULLABLE_TYPE}[${goType(stripNullable(type), names)}]`, omitempty: true };
  if (optional) return { type: `*${goType(type, names)}`, omitempty: true };
  // A struct cannot contain itself by value; a required self-reference (no finite payload has one, but it must compile) is a pointer.
  if (type.kind === 'model' && type.modelKind === undefined && names.isCyclic(type.modelId)) return { type: `*${names.model(type.modelId)}`, omitempty: false };
  return { type: goType(type, names), omitempty: false };
}

/**
 * True when model `from` reaches model `to` through required model fields
 * held by value (the only fields that embed a struct: pointers, slices,
 * maps and `Nullable` do not), so a by-value field of type `from` in `to`
 * would make `to` contain itself. `edges` maps a model id to the model ids
 * of those fields.
 */
export function reachesByValue(edges: ReadonlyMap<string, readonly string[]>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(edges.get(next) ?? []));
  }
  return false;
}

/** The unexported function a model's strict reader takes its shape from; unexported, so no exported name can take it. */
export function shapeFunction(structName: string): string {
  return `modelgenShapeOf${structName}`;
}

/**
 * A model or union of this package is checked through its shape function;
 * another package's (`sso.Connection`) only as an object, or any value for
 * a union, since shape functions are unexported there: its own
 * UnmarshalJSON reads it. A named enum is open, so any string.
 */
function modelShape(type: ModelType, name: string): string {
  if (type.modelKind === 'enum') return 'modelgenKind("string")';
  const foreign = name.includes('.');
  if (type.modelKind === 'union') return foreign ? 'modelgenAny()' : `modelgenUnionOf(${shapeFunction(name)})`;
  return foreign ? 'modelgenKind("object")' : `modelgenModelOf(${shapeFunction(name)})`;
}

/** What the docs say a value of `type` is (see `json-shape.ts`), as a call of the helpers in `modelgen_types.go`. */
export function goShape(type: TypeRef, names: GoTypeNames): string {
  return renderShape(jsonShape(type), names);
}

function renderShape(shape: JsonShape, names: GoTypeNames): string {
  switch (shape.kind) {
    case 'json':
      return shape.name === 'any' ? 'modelgenAny()' : `modelgenKind("${shape.name}")`;
    case 'literal':
      return `modelgenLiteral(${goLiteral(shape.value)})`;
    case 'model':
      return modelShape(shape.model, names.model(shape.model.modelId));
    case 'list':
      return `modelgenList(${renderShape(shape.inner, names)})`;
    case 'map':
      return `modelgenMap(${renderShape(shape.inner, names)})`;
    case 'nullable':
      return `modelgenNullable(${renderShape(shape.inner, names)})`;
  }
}
