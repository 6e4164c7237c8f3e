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
import { ImportList, relativeImport, RUNTIME_MODULE, TsModelLayout, TsModelView, TsRun, withMemberNames } from './view-model';
import { Layout } from './layout';

/** A union's module: the names and parts an object model's module has, and its variants. */
export interface TsUnionView extends Omit<TsModelView, 'enums' | 'properties' | 'paramDeclared' | 'responseParam' | keyof TsModelLayout>, TsModelNames, TsUnionLayout {
  /** The variants' SDK types and wire types, in the IR's order. */
  readonly types: readonly string[];
  readonly wireTypes: readonly string[];
  /** The wire key that picks the variant as a string literal, or `null`. */
  readonly discriminatorLiteral: string;
  /** Discriminated: the SDK key of the discriminator, which the Unknown variant declares absent so a `switch` on it narrows. */
  readonly discriminant: { readonly key: string; readonly value: string } | null;
  /** Reading variant `index` (what `runtime.variantOf` picked) from `response`: the `return` statement laid out at 6 columns, without its `;`. */
  readonly reads: readonly { readonly index: number; readonly value: string }[];
  /** Writing, when discriminated: the SDK discriminator values of each variant, and its `return` statement laid out likewise. */
  readonly cases: readonly { readonly labels: readonly string[]; readonly value: string }[];
  /** Writing, when not: per variant in order, `if (<the SDK value is it>) return <its wire JSON>`, laid out as Prettier would, without its `;`. */
  readonly tests: readonly { readonly test: string }[];
  /** The `runtime.VariantShape` of each variant, in order. */
  readonly variantShapes: readonly string[];
}

/** The lines of a union module whose layout depends on their length, laid out as Prettier would (layout.ts); statements without their `;`. */
export interface TsUnionLayout {
  readonly declaration: string;
  readonly wireDeclaration: string;
  readonly deserializeHead: string;
  readonly serializeHead: string;
  readonly shapeHead: string;
  readonly strictHead: string;
  /** The serializer's first statement: an Unknown variant is written back as it came. */
  readonly unknownReturn: string;
  /** Discriminated: the Unknown variant's first line, `export interface <unknownName> extends runtime.UnknownVariant {`. */
  readonly unknownHead: string;
  /** Not discriminated: the Unknown variant, `export type <unknownName> = runtime.UnknownVariant;`. */
  readonly unknownDeclaration: string;
  /** The reader's `switch (runtime.variantOf(...)) {`. */
  readonly variantSwitch: string;
  /** The writer's last resort, `return <param> as unknown as <wireName>`, at 2 and at 6 columns, without its `;`. */
  readonly castReturn: string;
  readonly castCaseReturn: string;
  /** The `variants: [...]` entry of the shape, without its `,`. */
  readonly variantsEntry: string;
  readonly strictCheck: string;
  readonly strictReturn: string;
}

export interface TsNamedEnumView extends Pick<TsUnionView, 'header' | 'doc' | 'name' | 'wireName' | 'declaration' | 'wireDeclaration'> {
  readonly values: readonly string[];
  readonly wireValues: readonly string[];
}

type ModelsById = ReadonlyMap<string, Model>;

export function buildUnionView(union: UnionModel, binding: UnionBinding, header: string, models: ModelsById, run: TsRun, layout = new Layout()): TsUnionView {
  const self = run.layout.pathOf(union.id);
  const names = modelNames(binding.name, run.types.documented);
  const param = parameterName(camelCase(binding.name) || 'value');
  // A variant's date-time stays a string: telling a Date variant from a string one needs the SDK value's class, not its JSON kind.
  const types = { ...run.types, dateTime: 'string' as const };
  const variants = binding.variants.map((v) => ({ variant: v, ts: tsType(v.type, 0, types), model: v.type.kind === 'model' && v.type.modelKind === undefined ? models.get(v.type.modelId) : undefined }));
  const imports = new ImportList(self, run, layout);
  for (const { variant } of variants) imports.addTypes(variant.type);
  const discriminator = union.discriminator?.wireName;
  const key = discriminator === undefined ? undefined : sdkKey(variants[0]?.model, discriminator);
  const view = {
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
    reads: variants.map(({ variant, ts }, index) => ({ index, value: layout.line('return ', readVariant(variant, ts), 6, ';') })),
    cases: discriminator === undefined ? [] : variants.map(({ variant, ts }) => ({ labels: variant.tags.map(literalText), value: layout.line('return ', writeVariant(param, variant, ts), 6, ';') })),
    tests: discriminator === undefined ? variants.map(({ variant, ts, model }) => sdkTest(param, variant, ts, model, run, layout)) : [],
    variantShapes: variants.map(({ variant, model }) => variantShape(variant, discriminator !== undefined, model, run)),
  };
  return { ...view, ...unionLayout(view, layout) };
}

function unionLayout(view: Omit<TsUnionView, keyof TsUnionLayout>, layout: Layout): TsUnionLayout {
  const head = (name: string, param: string, returns: string) => layout.functionHead(`export function ${name}`, [param], returns);
  return {
    declaration: layout.typeAlias(`export type ${view.name}`, [...view.types, view.unknownName]),
    wireDeclaration: layout.typeAlias(`export type ${view.wireName}`, view.wireTypes),
    deserializeHead: head(view.deserializeName, `response: ${view.wireName}`, view.name),
    serializeHead: head(view.serializeName, `${view.param}: ${view.name}`, view.wireName),
    shapeHead: layout.functionHead(`export function ${view.shapeName}`, [], 'runtime.UnionShape'),
    strictHead: head(view.strictName, 'json: unknown', view.name),
    unknownReturn: layout.ifReturn(`${view.param} instanceof runtime.UnknownVariant`, `${view.param}.json as ${view.wireName}`, 2),
    unknownHead: layout.interfaceHead(`export interface ${view.unknownName}`, 'runtime.UnknownVariant'),
    unknownDeclaration: layout.typeAlias(`export type ${view.unknownName}`, ['runtime.UnknownVariant']),
    variantSwitch: layout.switchHead(`runtime.variantOf(${view.shapeName}(), response)`, 2),
    castReturn: layout.line('return ', `${view.param} as unknown as ${view.wireName}`, 2, ';'),
    castCaseReturn: layout.line('return ', `${view.param} as unknown as ${view.wireName}`, 6, ';'),
    variantsEntry: layout.line('', `variants: [${view.variantShapes.join(', ')}]`, 4, ','),
    strictCheck: layout.line('', `runtime.checkValue(${view.nameLiteral}, json, ${view.shapeName})`, 2, ';'),
    strictReturn: layout.line('return ', `${view.deserializeName}(json as ${view.wireName})`, 2, ';'),
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

function sdkTest(param: string, variant: UnionVariant, ts: TsType, model: Model | undefined, run: TsRun, layout: Layout) {
  const test = model ? `runtime.matches(${param}, ${requires(variant, model, 'sdk')})` : `runtime.fits(${shapeExpression(variant.type, run.types.documented)}, ${param})`;
  return { test: layout.ifReturn(test, writeVariant(param, variant, ts), 2) };
}

function variantShape(variant: UnionVariant, discriminated: boolean, model: Model | undefined, run: TsRun): string {
  const shape = `shape: ${shapeExpression(variant.type, run.types.documented)}`;
  if (discriminated) return `{ tags: [${variant.tags.map(literalText).join(', ')}], ${shape} }`;
  return model ? `{ requires: ${requires(variant, model, 'wire')}, ${shape} }` : `{ ${shape} }`;
}

export function buildNamedEnumView(model: EnumModel, binding: EnumBinding, header: string, run: TsRun, layout = new Layout()): TsNamedEnumView {
  const names = modelNames(binding.name, run.types.documented);
  const values = [...new Set(binding.members.map((m) => m.wireValue))].map(stringLiteral);
  const wireValues = values.length > 0 ? values : ['never'];
  const declaration = layout.typeAlias(`export type ${names.name}`, [...values, '(string & {})']);
  return { header, doc: docComment(definitionDocLines(model)), name: names.name, wireName: names.wireName, values, wireValues, declaration, wireDeclaration: layout.typeAlias(`export type ${names.wireName}`, wireValues) };
}
