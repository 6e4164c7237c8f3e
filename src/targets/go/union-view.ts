/**
 * A union as a Go struct with one pointer field per variant and `Unknown`,
 * the raw JSON of a value no variant takes: reading sets exactly one of
 * them, writing writes the one that is set. Unlike an interface with marker
 * methods, this works for scalar, list and map variants and for models of
 * another package, and encoding/json reads it inside lists, maps and
 * pointers with no help. Which variant reads a value is decided at run
 * time from `modelgenShapeOf<Union>`, the same data strict reading checks.
 */
import { LiteralValue, UnionVariant } from '../../ir/model';
import { textLines } from '../doc-text';
import { JsonShape, jsonShape } from '../json-shape';
import { goDocLines } from './doc-comment';
import { deprecation, typeNotes, withParagraphs } from './doc-notes';
import { exportedName, goString, NameScope } from './naming';
import { GoUnion } from './package-plan';
import { goLiteral, goShape, goType, GoTypeNames, mentionsTime, shapeFunction } from './types';

/** The field that keeps a value no variant reads; claimed first, so a variant named `unknown` gets `Unknown_2`. */
export const UNKNOWN_FIELD = 'Unknown';

export interface GoUnionView {
  readonly header: string;
  readonly packageName: string;
  readonly imports: readonly string[];
  readonly doc: readonly string[];
  readonly name: string;
  readonly variants: readonly GoVariantView[];
  readonly unknownDoc: readonly string[];
  /** The union's name as a Go string literal, for validation errors. */
  readonly modelName: string;
  readonly strictName: string;
  readonly shapeName: string;
  /** The discriminator's wire name as a Go string literal; `""` when undiscriminated. */
  readonly discriminator: string;
  /** The JSON kind of the discriminator's values, as a Go string literal (`"string"`, `"boolean"`). */
  readonly discriminatorKind: string;
  /** Some variant is exact, so the union keeps the JSON it read. */
  readonly exact: boolean;
}

export interface GoVariantView {
  readonly doc: readonly string[];
  readonly name: string;
  /** The field's type: a pointer, nil unless this variant was read. */
  readonly type: string;
  /** What the pointer points at, for `modelgenReadAs`. */
  readonly valueType: string;
  /** `{tags, requiredKeys, shape}` in `modelgenShapeOf<Union>`. */
  readonly shapeEntry: string;
  /** The type holds a time.Time, which encoding/json may write with other digits than were read: written through `modelgenExactly`. */
  readonly exact: boolean;
}

/** The identity of the file's type, planned with the package. */
export interface GoUnionPlace {
  readonly header: string;
  readonly packageName: string;
  readonly name: string;
  readonly strictName: string;
}

export function unionView({ union, binding }: GoUnion, place: GoUnionPlace, names: GoTypeNames, imports: Set<string>): GoUnionView {
  const scope = new NameScope();
  ['MarshalJSON', 'UnmarshalJSON', UNKNOWN_FIELD].forEach((name) => scope.claim(name));
  const wire = union.discriminator?.wireName;
  const variants = binding.variants.map((variant) => {
    const name = scope.claim(exportedName(variant.id, 'Variant'));
    const valueType = goType(variant.type, names);
    const exact = mentionsTime(valueType);
    if (exact) imports.add(goString('time'));
    return { doc: goDocLines(name, [`${name} ${variantCondition(variant, wire)}`]), name, type: `*${valueType}`, valueType, shapeEntry: shapeEntry(variant, names), exact };
  });
  const reading = wire
    ? `Reading sets the field its \`${wire}\` names. A value whose \`${wire}\` this package does not list, or that has none, is kept in ${UNKNOWN_FIELD}, and writing gives it back unchanged.`
    : `Reading sets the first field, in this order, that takes the value. A value none takes is kept in ${UNKNOWN_FIELD}, and writing gives it back unchanged.`;
  const described = textLines(union.description);
  const summary = described.length > 0 ? described : [`${place.name} holds one of several kinds of value.`];
  const firstTag = binding.variants.find((v) => v.tags.length > 0)?.tags[0];
  return {
    ...place,
    imports: [...imports].sort(),
    doc: withParagraphs(goDocLines(place.name, summary), [reading, 'Set exactly one field to write a value.'], typeNotes(union), deprecation(union.deprecated, 'type')),
    variants,
    unknownDoc: [`${UNKNOWN_FIELD} is the JSON of a value no field above takes, as read.`],
    modelName: goString(place.name),
    shapeName: shapeFunction(place.name),
    discriminator: goString(wire ?? ''),
    discriminatorKind: goString(firstTag === undefined ? '' : literalKind(firstTag)),
    exact: variants.some((v) => v.exact),
  };
}

/** `{[]interface{}{"widget.created"}, nil, modelgenModelOf(...)}`: what selects the variant, and its shape. */
function shapeEntry(variant: UnionVariant, names: GoTypeNames): string {
  const tags = variant.tags.length > 0 ? `[]interface{}{${variant.tags.map(goLiteral).join(', ')}}` : 'nil';
  const keys = variant.requiredKeys.length > 0 ? `[]string{${variant.requiredKeys.map(goString).join(', ')}}` : 'nil';
  return `{${tags}, ${keys}, ${goShape(variant.type, names)}}`;
}

/** When reading sets the variant's field: `WidgetCreated is set when event is "widget.created".` */
function variantCondition(variant: UnionVariant, wire: string | undefined): string {
  if (wire !== undefined) return `is set when ${wire} is ${variant.tags.map((t) => JSON.stringify(t)).join(' or ')}.`;
  const keys = variant.requiredKeys.length > 0 ? ` with ${variant.requiredKeys.join(', ')}` : '';
  return `is set when the value is ${kindText(jsonShape(variant.type))}${keys}.`;
}

function kindText(shape: JsonShape): string {
  switch (shape.kind) {
    case 'json':
      return { string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'a boolean', any: 'any JSON value' }[shape.name];
    case 'literal':
      return JSON.stringify(shape.value);
    case 'list':
      return 'an array';
    case 'map':
      return 'an object';
    case 'nullable':
      return `${kindText(shape.inner)} or null`;
    case 'model':
      return shape.model.modelKind === 'enum' ? 'a string' : 'an object';
  }
}

function literalKind(value: LiteralValue): string {
  return typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : 'string';
}
