/**
 * A union as a sealed interface: one nested record per variant, wrapping the
 * variant's value (a record, an enum, a scalar, a list or a map), and an
 * `Unknown` record holding a payload no variant takes, written back as read.
 * Wrappers (as Kiota's composed types do) rather than variant records
 * implementing the interface: a record may be a variant of several unions or
 * of another package's union, and scalars cannot implement anything.
 * `fromNode` asks the union's `SHAPE` which variant a payload is.
 */
import { TypeRef, UnionBinding, UnionModel, UnionVariant } from '../../ir/model';
import { textLines } from '../doc-text';
import { typeNoteLines } from '../member-notes';
import { pascalCase } from '../naming';
import { blockTag, JavaDoc, javadoc, literalExpression, RESERVED_TYPE_NAMES, stringLiteral, typeName, uniqueNames } from './naming';
import { isDateTime, javaShape, javaType } from './types';
import { collectionImports, DEPRECATED_TAG, deprecationAnnotations, JavaContext, JavaTypeHead } from './view-model';

export interface JavaVariantView {
  readonly doc: JavaDoc;
  readonly name: string;
  readonly type: string;
  /** The expression reading the variant's value from `node`. */
  readonly read: string;
}

export interface JavaUnionView extends JavaTypeHead {
  /** The name as a Java string literal, for validation errors. */
  readonly nameLiteral: string;
  /** `ModelJson.discriminated(` or `ModelJson.oneOf(`, then its argument lines, the last ending the call. */
  readonly shape: readonly string[];
  readonly variants: readonly JavaVariantView[];
  readonly unknown: string;
  /** `{@link Unknown}`: Handlebars cannot write a brace right before its own. */
  readonly unknownLink: string;
}

/** Simple names the union's file uses besides its package's types, which no wrapper may shadow. */
const FILE_TYPES = ['Objects', 'OffsetDateTime'];

/**
 * A wrapper is named after its variant (`WidgetCreated`); a scalar's gets
 * `Value` (`StringValue`), as does one named like a type of the package
 * (`packageTypes`) or of the file, which it would shadow inside the interface.
 */
export function buildUnionView(union: UnionModel, binding: UnionBinding, header: string, packageName: string, packageTypes: ReadonlySet<string>, context: JavaContext): JavaUnionView {
  const name = typeName(binding.name);
  const taken = (candidate: string) => candidate === name || packageTypes.has(candidate) || RESERVED_TYPE_NAMES.has(candidate) || FILE_TYPES.includes(candidate);
  const bases = binding.variants.map((v) => {
    const base = pascalCase(v.id) || 'Variant';
    return typeName(v.type.kind !== 'model' || taken(base) ? `${base}Value` : base);
  });
  const names = uniqueNames(bases, [name]);
  const unknown = uniqueNames(['Unknown'], [name, ...names])[0];
  const types = binding.variants.map((v) => v.type);
  const { dates } = context;
  const jackson = ['annotation.JsonCreator', 'annotation.JsonValue', 'databind.JsonNode', ...(types.some((t) => needsConvert(t, dates)) ? ['core.type.TypeReference'] : [])];
  return {
    header,
    packageName,
    imports: [...jackson.map((j) => `com.fasterxml.jackson.${j}`), ...collectionImports(types, dates), 'java.util.Objects'].sort(),
    doc: javadoc([...textLines(union.description), ...(union.description ? [''] : []), ...typeNoteLines(union), ...unionSummary(union, unknown)], union.deprecated ? DEPRECATED_TAG : []),
    annotations: deprecationAnnotations(union, types, context),
    name,
    nameLiteral: stringLiteral(name),
    shape: shapeLines(union, binding, dates),
    variants: binding.variants.map((v, i) => ({
      doc: javadoc([variantDoc(v, union)], blockTag('@param value', ['the value, never null'])),
      name: names[i],
      type: javaType(v.type, true, '', dates),
      read: readExpression(v.type, dates),
    })),
    unknown,
    unknownLink: `{@link ${unknown}}`,
  };
}

function unionSummary(union: UnionModel, unknown: string): string[] {
  const how = union.discriminator ? `by its ${stringLiteral(union.discriminator.wireName)} key` : 'by trying the variants in order';
  return [`One of the records below, chosen ${how};`, `a payload none takes reads as ${unknown}, kept as read.`];
}

function variantDoc(variant: UnionVariant, union: UnionModel): string {
  if (variant.tags.length > 0 && union.discriminator) return `The variant whose ${stringLiteral(union.discriminator.wireName)} is ${variant.tags.map(literalExpression).join(' or ')}.`;
  if (variant.requiredKeys.length > 0) return `The variant taken by an object with ${variant.requiredKeys.map(stringLiteral).join(', ')}.`;
  return 'The variant taken by a value of its type.';
}

/** The union's `SHAPE`: its selector, then one `ModelJson.Variant` per variant. */
function shapeLines(union: UnionModel, binding: UnionBinding, dates: boolean): string[] {
  const head = union.discriminator ? [`ModelJson.discriminated(`, `    ${stringLiteral(union.discriminator.wireName)}${binding.variants.length > 0 ? ',' : ');'}`] : [`ModelJson.oneOf(${binding.variants.length > 0 ? '' : ');'}`];
  const variants = binding.variants.map((v, i) => `    ${variantShape(v, union, dates)}${i < binding.variants.length - 1 ? ',' : ');'}`);
  return [...head, ...variants];
}

function variantShape(variant: UnionVariant, union: UnionModel, dates: boolean): string {
  const shape = javaShape(variant.type, dates);
  if (union.discriminator) return `ModelJson.tagged(${[shape, ...variant.tags.map((t) => `ModelJson.literal(${literalExpression(t)})`)].join(', ')})`;
  if (variant.type.kind === 'model' && variant.type.modelKind === undefined) return `ModelJson.keyed(${[shape, ...variant.requiredKeys.map(stringLiteral)].join(', ')})`;
  return `ModelJson.fitting(${shape})`;
}

/** Scalars read directly; other values Jackson converts (the shape has checked they fit). */
const DIRECT_READS: Readonly<Record<string, string>> = { string: 'node.textValue()', boolean: 'node.booleanValue()', integer: 'node.longValue()', number: 'node.doubleValue()' };

const needsConvert = (type: TypeRef, dates: boolean) => type.kind !== 'model' && (DIRECT_READS[type.kind] === undefined || isDateTime(type, dates));

function readExpression(type: TypeRef, dates: boolean): string {
  if (type.kind === 'model') {
    const javaName = javaType(type);
    return type.modelKind === 'enum' ? `${javaName}.of(node.textValue())` : `${javaName}.fromNode(node)`;
  }
  if (!needsConvert(type, dates)) return DIRECT_READS[type.kind];
  return `ModelJson.convert(node, new TypeReference<${javaType(type, true, '', dates)}>() {})`;
}
