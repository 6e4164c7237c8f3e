/**
 * The data `templates/typescript/union.ts.hbs` and `enum.ts.hbs` receive: a
 * union is a TypeScript union of its variants' types plus an Unknown
 * variant that keeps the JSON as it came; a named enum is an open union of
 * string literals.
 */
import { EnumBinding, EnumModel, LiteralValue, Model, Property, UnionBinding, UnionModel, UnionVariant } from '../../ir/model';
import { camelCase } from '../naming';
import { definitionDocLines } from './doc-lines';
import { access, docComment, literalText, parameterName, propertyKey, stringLiteral } from './naming';
import { shapeExpression } from './shape';
import { modelNames, TsModelNames, tsType, TsType, writeConverter } from './types';
import { ImportList, relativeImport, RUNTIME_MODULE, TsModelView, TsRun, withMemberNames } from './view-model';

/** A union's module: the names and parts an object model's module has, and its variants. */
export interface TsUnionView extends Omit<TsModelView, 'enums' | 'properties' | 'paramDeclared' | 'responseParam'>, TsModelNames {
  /** The variants' SDK types and wire types, in the IR's order. */
  readonly types: readonly string[];
  readonly wireTypes: readonly string[];
  /** The wire key that picks the variant as a string literal, or `null`. */
  readonly discriminatorLiteral: string;
  /** Discriminated: the SDK key of the discriminator, which the Unknown variant declares absent so a `switch` on it narrows. */
  readonly discriminant: { readonly key: string; readonly value: string } | null;
  /** Reading variant `index` (what `runtime.variantOf` picked) from `response`. */
  readonly reads: readonly { readonly index: number; readonly value: string }[];
  /** Writing, when discriminated: the SDK discriminator values of each variant. */
  readonly cases: readonly { readonly labels: readonly string[]; readonly value: string }[];
  /** Writing, when not: the test that an SDK value is the variant, tried in order. */
  readonly tests: readonly { readonly test: string; readonly value: string }[];
  /** The `runtime.VariantShape` of each variant, in order. */
  readonly variantShapes: readonly string[];
}

export interface TsNamedEnumView extends Pick<TsUnionView, 'header' | 'doc' | 'name' | 'wireName'> {
  readonly values: readonly string[];
  readonly wireValues: readonly string[];
}

type ModelsById = ReadonlyMap<string, Model>;

export function buildUnionView(union: UnionModel, binding: UnionBinding, header: string, models: ModelsById, run: TsRun): TsUnionView {
  const self = run.layout.pathOf(union.id);
  const names = modelNames(binding.name, run.types.documented);
  const param = parameterName(camelCase(binding.name) || 'value');
  // A variant's date-time stays a string: telling a Date variant from a string one needs the SDK value's class, not its JSON kind.
  const types = { ...run.types, dateTime: 'string' as const };
  const variants = binding.variants.map((v) => ({ variant: v, ts: tsType(v.type, 0, types), model: v.type.kind === 'model' && v.type.modelKind === undefined ? models.get(v.type.modelId) : undefined }));
  const imports = new ImportList(self, run);
  for (const { variant } of variants) imports.addTypes(variant.type);
  const discriminator = union.discriminator?.wireName;
  const key = discriminator === undefined ? undefined : sdkKey(variants[0]?.model, discriminator);
  return {
    header,
    runtime: relativeImport(self, RUNTIME_MODULE, run.layout.importExtension),
    imports: imports.list(),
    doc: docComment(definitionDocLines(union)),
    ...names,
    nameLiteral: stringLiteral(names.name),
    param,
    types: variants.map(({ ts }) => ts.type),
    wireTypes: variants.map(({ ts }) => ts.wireType),
    discriminatorLiteral: discriminator === undefined ? 'null' : stringLiteral(discriminator),
    discriminant: key === undefined ? null : { key: propertyKey(key), value: access(param, key) },
    reads: variants.map(({ variant, ts }, index) => ({ index, value: readVariant(variant, ts) })),
    cases: discriminator === undefined ? [] : variants.map(({ variant, ts }) => ({ labels: variant.tags.map(literalText), value: writeVariant(param, variant, ts) })),
    tests: discriminator === undefined ? variants.map(({ variant, ts, model }) => sdkTest(param, variant, ts, model, run)) : [],
    variantShapes: variants.map(({ variant, model }) => variantShape(variant, discriminator !== undefined, model, run)),
  };
}

/** The SDK member name of a variant's wire key (`event`, `resourceTypeSlug`). */
function sdkKey(model: Model | undefined, wireName: string): string {
  return jsProperties(model).find((p) => p.wireName === wireName)?.name ?? wireName;
}

function jsProperties(model: Model | undefined): readonly Property[] {
  const binding = model?.bindings.find((b) => b.language === 'js');
  return binding ? withMemberNames(binding) : [];
}

function readVariant(variant: UnionVariant, ts: TsType): string {
  const value = `response as ${ts.wireType}`;
  if (variant.type.kind === 'model' && variant.type.modelKind === undefined) return `${modelNames(variant.type.name).deserializeName}(${value})`;
  return ts.read ? ts.read.apply(value) : value;
}

/** Writing an SDK value known to be the variant: an object variant's serializer is called directly, as reading calls its deserializer. */
function writeVariant(param: string, variant: UnionVariant, ts: TsType): string {
  const value = `${param} as ${ts.type}`;
  if (variant.type.kind === 'model' && variant.type.modelKind === undefined) return `${modelNames(variant.type.name).serializeName}(${value})`;
  const convert = writeConverter(ts);
  return convert ? convert.apply(value) : value;
}

/** The required keys and consts an object variant is told apart by, as wire names or SDK names. */
function requires(variant: UnionVariant, model: Model | undefined, side: 'wire' | 'sdk'): string {
  const properties = jsProperties(model);
  const nameOf = (wireName: string) => (side === 'wire' ? wireName : (properties.find((p) => p.wireName === wireName)?.name ?? wireName));
  const consts = properties.filter((p) => !p.optional && p.type.kind === 'literal').map((p) => [nameOf(p.wireName), (p.type as { value: LiteralValue }).value] as const);
  const keys = variant.requiredKeys.map((k) => stringLiteral(nameOf(k)));
  return `{ keys: [${keys.join(', ')}], consts: [${consts.map(([k, v]) => `[${stringLiteral(k)}, ${literalText(v)}]`).join(', ')}] }`;
}

function sdkTest(param: string, variant: UnionVariant, ts: TsType, model: Model | undefined, run: TsRun) {
  const test = model ? `runtime.matches(${param}, ${requires(variant, model, 'sdk')})` : `runtime.fits(${shapeExpression(variant.type, run.types.documented)}, ${param})`;
  return { test, value: writeVariant(param, variant, ts) };
}

function variantShape(variant: UnionVariant, discriminated: boolean, model: Model | undefined, run: TsRun): string {
  const shape = `shape: ${shapeExpression(variant.type, run.types.documented)}`;
  if (discriminated) return `{ tags: [${variant.tags.map(literalText).join(', ')}], ${shape} }`;
  return model ? `{ requires: ${requires(variant, model, 'wire')}, ${shape} }` : `{ ${shape} }`;
}

export function buildNamedEnumView(model: EnumModel, binding: EnumBinding, header: string, run: TsRun): TsNamedEnumView {
  const names = modelNames(binding.name, run.types.documented);
  const values = [...new Set(binding.members.map((m) => m.wireValue))].map(stringLiteral);
  return { header, doc: docComment(definitionDocLines(model)), name: names.name, wireName: names.wireName, values, wireValues: values.length > 0 ? values : ['never'] };
}
