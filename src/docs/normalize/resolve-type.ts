/**
 * Turns a spelled type into an IR type: names become the field's enum or a
 * model of the run (possibly from another spec, possibly the model itself).
 */
import { ReferenceLanguage } from '../../ir/languages';
import { DescriptionVariant, EnumMember, TypeRef } from '../../ir/model';
import { SPELLINGS, SpelledType } from './type-spellings';

export interface ModelRef {
  readonly modelId: string;
  readonly name: string;
  readonly qualifier?: string;
}

/** Each language's model type names (binding keys), across every spec of the run. */
export type ModelIndex = ReadonlyMap<ReferenceLanguage, ReadonlyMap<string, ModelRef>>;

export interface TypeContext {
  readonly language: ReferenceLanguage;
  readonly models: ModelIndex;
  /** The field's enum members for the referenced variant, when its description is an enum. */
  readonly enumMembers?: readonly EnumMember[];
  readonly variant: DescriptionVariant;
  readonly enumName: string;
}

export type Resolved = { readonly ok: true; readonly type: TypeRef } | { readonly ok: false; readonly missing: string; readonly enumKeyword: boolean };

export function resolveType(spelled: SpelledType, ctx: TypeContext): Resolved {
  const ok = (type: TypeRef): Resolved => ({ ok: true, type });
  const inner = (t: SpelledType, make: (r: TypeRef) => TypeRef): Resolved => {
    const r = resolveType(t, ctx);
    return r.ok ? ok(make(r.type)) : r;
  };
  switch (spelled.kind) {
    case 'string':
    case 'boolean':
    case 'integer':
    case 'number':
    case 'any':
      return ok({ kind: spelled.kind });
    case 'literal':
      return ok({ kind: 'literal', value: spelled.value });
    case 'enum-keyword':
      return ctx.enumMembers ? ok({ kind: 'enum', name: ctx.enumName, variant: ctx.variant, members: ctx.enumMembers }) : { ok: false, missing: 'enum', enumKeyword: true };
    case 'named': {
      const model = ctx.models.get(ctx.language)?.get(spelled.name);
      if (model) return ok({ kind: 'model', modelId: model.modelId, name: model.name, qualifier: model.qualifier });
      if (ctx.enumMembers) return ok({ kind: 'enum', name: spelled.name, qualifier: spelled.qualifier, variant: ctx.variant, members: ctx.enumMembers });
      return { ok: false, missing: spelled.name, enumKeyword: false };
    }
    case 'list':
      return inner(spelled.items, (items) => ({ kind: 'list', items }));
    case 'map':
      return inner(spelled.values, (values) => ({ kind: 'map', values }));
    case 'nullable':
      return inner(spelled.inner, (t) => ({ kind: 'nullable', inner: t }));
  }
}

/** The model index of a run, from every spec's reference entries. */
export function indexModels(entries: readonly { readonly language: ReferenceLanguage; readonly key: string; readonly id: string; readonly qualifier?: string }[]): ModelIndex {
  const index = new Map<ReferenceLanguage, Map<string, ModelRef>>();
  for (const e of entries) {
    const byName = index.get(e.language) ?? new Map<string, ModelRef>();
    if (!byName.has(e.key)) byName.set(e.key, { modelId: e.id, name: e.key, qualifier: e.qualifier });
    index.set(e.language, byName);
  }
  return index;
}

/** The bare type names a property of `language` may use: its scalar and untyped spellings, and the run's models. */
export function knownTypeNames(language: ReferenceLanguage, models: ModelIndex): string[] {
  const s = SPELLINGS[language];
  return [...Object.keys(s.scalars), ...s.untypedLists, ...s.untypedMaps, ...(models.get(language)?.keys() ?? [])];
}
