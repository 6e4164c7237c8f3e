/**
 * Cross-area references for the targets that name another package's type by
 * its qualified name (Java, .NET): each model reference of a binding gets the
 * referenced model's package or namespace as its qualifier when that differs
 * from the referring model's, and none when it is the same. Titles' own
 * qualifiers are dropped, so a reference always names where the type is
 * generated, not where the docs say it lives.
 */
import { Area, modelArea, withArea } from '../ir/area';
import { Binding, EnumBinding, EnumModel, Model, ModelType, TypeDefinition, TypeRef, UnionBinding, UnionModel } from '../ir/model';
import { TargetError, TargetInput } from './target';

/** Package or namespace of a model id, as the target generates it. */
export type PlaceOf = (modelId: string) => string | undefined;

/** `own` undefined: every reference gets its place, the referring model's own included. */
export function requalify(type: TypeRef, own: string | undefined, placeOf: PlaceOf): TypeRef {
  switch (type.kind) {
    case 'list':
      return { ...type, items: requalify(type.items, own, placeOf) };
    case 'map':
      return { ...type, values: requalify(type.values, own, placeOf) };
    case 'nullable':
      return { ...type, inner: requalify(type.inner, own, placeOf) };
    case 'model': {
      const place = placeOf(type.modelId);
      const ref: ModelType = { kind: 'model', modelId: type.modelId, name: type.name, ...(type.modelKind ? { modelKind: type.modelKind } : {}) };
      return place === undefined || place === own ? ref : { ...ref, qualifier: place };
    }
    default:
      return type;
  }
}

/** The binding with every model reference qualified by its place when it lies outside `own`. */
export function qualifyModelRefs(binding: Binding, own: string, placeOf: PlaceOf): Binding {
  return { ...binding, properties: binding.properties.map((p) => ({ ...p, type: requalify(p.type, own, placeOf) })) };
}

/** A type with every model reference's place as its qualifier (PHP reads namespaces off qualifiers). */
export function placeTypeRefs(type: TypeRef, placeOf: PlaceOf): TypeRef {
  return requalify(type, undefined, placeOf);
}

/** The binding with its own place and every reference's as qualifiers (PHP reads namespaces off qualifiers). */
export function placeModelRefs(binding: Binding, own: string, placeOf: PlaceOf): Binding {
  return { ...binding, qualifier: own, properties: binding.properties.map((p) => ({ ...p, type: requalify(p.type, undefined, placeOf) })) };
}

/** Models of one language grouped by their package or namespace, in run order. */
export function groupByPlace(models: readonly Model[], language: string, placeOf: (model: Model) => string): Map<string, { model: Model; binding: Binding }[]> {
  const groups = new Map<string, { model: Model; binding: Binding }[]>();
  for (const model of models) {
    const binding = model.bindings.find((b) => b.language === language);
    if (!binding) continue;
    const place = placeOf(model);
    groups.set(place, [...(groups.get(place) ?? []), { model, binding }]);
  }
  return groups;
}

/** How a target names the package (namespace, module) of each model from its option, the docs and a neutral fallback. */
export interface PlaceRule {
  /** `java`, `dotnet`...: for messages. */
  readonly target: string;
  /** `package`, `namespace`, `module`. */
  readonly option: string;
  /** Used when neither the option nor the docs give one; vendor-free (`models.{area}`). */
  readonly neutral: string;
  readonly casing: (area: Area) => string;
  /** Why a name is not valid in the language, if it is not. */
  readonly problem: (name: string) => string | undefined;
  /** The place a title's qualifier names, when the language reads it otherwise than as it is written. */
  readonly fromQualifier?: (qualifier: string) => string | undefined;
}

/**
 * A model's place: the option with its `{area}` filled in; else the
 * qualifier the language's title gives (`WorkOS\Resource\Directory`); else
 * the neutral default, which `neutral` is told of so the run can say which
 * option to set.
 */
export function placeFor(rule: PlaceRule, optionValue: string | undefined, model: Pick<Model, 'area'>, binding: Pick<Binding, 'qualifier'>, neutral: (option: string) => void): string {
  const area = modelArea(model);
  if (optionValue) {
    const name = withArea(optionValue, area, rule.casing);
    const problem = rule.problem(name);
    if (problem) throw new TargetError(`${rule.target}: ${rule.option} \`${name}\` (from \`${optionValue}\`): ${problem}`, `change \`targets.${rule.target}.${rule.option}\` or the area in \`areas\``);
    return name;
  }
  const documented = binding.qualifier === undefined ? undefined : rule.fromQualifier ? rule.fromQualifier(binding.qualifier) : binding.qualifier;
  if (documented !== undefined && rule.problem(documented) === undefined) return documented;
  neutral(`targets.${rule.target}.${rule.option}`);
  return withArea(rule.neutral, area, rule.casing);
}

/** What one package (namespace) holds, each type with its binding in the language, references qualified. */
export interface PlacedTypes {
  readonly models: { model: Model; binding: Binding }[];
  readonly unions: { union: UnionModel; binding: UnionBinding }[];
  readonly enums: { definition: EnumModel; binding: EnumBinding }[];
}

/**
 * Every model, union and named enum a language documents, by package, in
 * run order, for the targets that qualify another package's types by name
 * (Java, .NET): each reference to a type of another package gets its place.
 */
export function placeTypes(input: TargetInput, language: string, rule: PlaceRule): Map<string, PlacedTypes> {
  const neutral = input.neutralDefault ?? (() => undefined);
  const places = new Map<string, string>();
  const placed = <B extends { readonly language: string; readonly qualifier?: string }, T extends TypeDefinition & { readonly bindings: readonly B[] }>(items: readonly T[]) =>
    items.flatMap((item) =>
      item.bindings
        .filter((b) => b.language === language)
        .map((binding) => {
          const place = placeFor(rule, input.options[rule.option], item, binding, neutral);
          places.set(item.id, place);
          return { item, binding, place };
        }),
    );
  const models = placed<Binding, Model>(input.models);
  const unions = placed<UnionBinding, UnionModel>(input.unions ?? []);
  const enums = placed<EnumBinding, EnumModel>(input.enums ?? []);
  const placeOf = (id: string) => places.get(id);
  const result = new Map<string, PlacedTypes>();
  const at = (name: string) => result.get(name) ?? (result.set(name, { models: [], unions: [], enums: [] }).get(name) as PlacedTypes);
  for (const m of models) at(m.place).models.push({ model: m.item, binding: qualifyModelRefs(m.binding, m.place, placeOf) });
  for (const u of unions) at(u.place).unions.push({ union: u.item, binding: { ...u.binding, variants: u.binding.variants.map((v) => ({ ...v, type: requalify(v.type, u.place, placeOf) })) } });
  for (const e of enums) at(e.place).enums.push({ definition: e.item, binding: e.binding });
  return result;
}
