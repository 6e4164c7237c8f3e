/**
 * A union as an abstract class with a private constructor: one sealed nested
 * class per variant wrapping the variant's value (a model, an enum, a
 * scalar, a list or a map), and `Unknown` holding a payload no variant takes
 * as its `JToken`, written back unchanged. C# 7.2 has no records and no
 * closed hierarchies, so the private constructor closes it; a `switch` with
 * type patterns tells the variants apart. Its nested `Converter` reads a
 * payload with the variant `WireShape` selects.
 */
import { TypeRef, UnionBinding, UnionModel, UnionVariant } from '../../ir/model';
import { textLines } from '../doc-text';
import { pascalCase } from '../naming';
import { bare, docLines, identifier, inlineXmlText, literalExpression, OBJECT_MEMBERS, stringLiteral, uniqueNames } from './naming';
import { csShape, csType, isValueType, usesCollections } from './types';
import { CsContext, CsFileHead, definitionDocLines, dotnetHeader, OBSOLETE, usesObsolete } from './view-model';

export interface CsVariantView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly type: string;
  /** Whether the constructor refuses null: only a reference type can be null. */
  readonly nullCheck: boolean;
}

export interface CsUnionView extends CsFileHead {
  readonly usings: readonly string[];
  readonly doc: readonly string[];
  readonly attributes: readonly string[];
  readonly helper: string;
  /** The strict reader's exception, for the doc comment's cref. */
  readonly exception: string;
  readonly name: string;
  /** The name as a C# string literal, for validation errors. */
  readonly nameLiteral: string;
  /** `new ModelJson.UnionShape(...)`, then one `.Tagged`/`.Keyed`/`.Fitting` line per variant; the last line ends in `;`. */
  readonly shapeHead: string;
  readonly shapeTail: readonly string[];
  readonly variants: readonly CsVariantView[];
  readonly unknown: string;
}

/** Members of the union class and of its variants, which no variant class may be named. */
const UNION_MEMBERS = ['Converter', 'Read', 'Write', 'WireShape', 'Value', 'Raw', ...OBJECT_MEMBERS];

/**
 * A variant class is named after its variant (`WidgetCreated`); a scalar's
 * gets `Value` (`StringValue`), as does one named like a type of the
 * namespace (`namespaceTypes`), which it would hide inside the union.
 */
export function buildUnionView(union: UnionModel, binding: UnionBinding, namespace: string, helpers: { readonly helper: string; readonly exception: string }, namespaceTypes: ReadonlySet<string>, context: CsContext): CsUnionView {
  const { helper } = helpers;
  const name = identifier(binding.name, 'Union');
  const qualified = `global::${namespace}.${helper}`;
  const taken = [bare(name), ...UNION_MEMBERS, ...namespaceTypes];
  const bases = binding.variants.map((v) => {
    const base = identifier(pascalCase(v.id) || 'Variant', 'Variant');
    return v.type.kind !== 'model' ? `${bare(base)}Value` : base;
  });
  const names = uniqueNames(bases, taken, 'Value');
  const unknown = uniqueNames(['Unknown'], [...taken, ...names], 'Value')[0];
  const types = binding.variants.map((v) => v.type);
  return {
    header: dotnetHeader({ spec: union.source.name }),
    namespace,
    pragma: usesObsolete(types, context, union.deprecated === true),
    usings: types.some(usesCollections) ? ['System.Collections.Generic', 'Newtonsoft.Json', 'Newtonsoft.Json.Linq'] : ['Newtonsoft.Json', 'Newtonsoft.Json.Linq'],
    doc: [...docLines(definitionDocLines(textLines(union.description), union)), ...(union.description || union.example !== undefined ? [''] : []), ...summary(union, unknown)],
    attributes: union.deprecated ? [OBSOLETE] : [],
    helper: qualified,
    exception: `${namespace}.${helpers.exception}`,
    name,
    nameLiteral: stringLiteral(bare(name)),
    ...shapeLines(union, binding, qualified, context.dates),
    variants: binding.variants.map((v, i) => ({ doc: [variantDoc(v, union)], name: names[i], type: csType(v.type, context.dates), nullCheck: !isValueType(v.type, context.dates) })),
    unknown,
  };
}

function summary(union: UnionModel, unknown: string): string[] {
  const how = union.discriminator ? `by its <c>${inlineXmlText(union.discriminator.wireName)}</c> key` : 'by trying the variants in order';
  return [`One of the nested classes, chosen ${how}; a payload none takes reads as <see cref="${unknown}"/>, kept as read.`];
}

function variantDoc(variant: UnionVariant, union: UnionModel): string {
  const quoted = (texts: readonly string[]) => texts.map((t) => `<c>${inlineXmlText(t)}</c>`).join(', ');
  if (variant.tags.length > 0 && union.discriminator) return `The variant whose <c>${inlineXmlText(union.discriminator.wireName)}</c> is ${quoted(variant.tags.map((t) => JSON.stringify(t)))}.`;
  if (variant.requiredKeys.length > 0) return `The variant taken by an object with ${quoted(variant.requiredKeys)}.`;
  return 'The variant taken by a value of its type.';
}

function shapeLines(union: UnionModel, binding: UnionBinding, helper: string, dates: boolean): { shapeHead: string; shapeTail: string[] } {
  const head = `new ${helper}.UnionShape(${union.discriminator ? stringLiteral(union.discriminator.wireName) : 'null'})`;
  const tail = binding.variants.map((v, i) => `${variantShape(v, union, helper, dates)}${i === binding.variants.length - 1 ? ';' : ''}`);
  return { shapeHead: tail.length > 0 ? head : `${head};`, shapeTail: tail };
}

function variantShape(variant: UnionVariant, union: UnionModel, helper: string, dates: boolean): string {
  const shape = csShape(variant.type, helper, dates);
  if (union.discriminator) return `.Tagged(${[shape, ...variant.tags.map((t) => `${helper}.Literal(${literalExpression(t)})`)].join(', ')})`;
  if (isObjectModel(variant.type)) return `.Keyed(${[shape, ...variant.requiredKeys.map(stringLiteral)].join(', ')})`;
  return `.Fitting(${shape})`;
}

const isObjectModel = (type: TypeRef) => type.kind === 'model' && type.modelKind === undefined;
