/**
 * What every ModelSet a front end builds must hold, whatever its input:
 * ids unique across models, unions and enums; every binding in every
 * language; every model reference naming a type of the set, with the right
 * `modelKind` and that language's name for it; discriminated union variants
 * are object models whose tag key is a const of theirs.
 */
import { REFERENCE_LANGUAGES } from '../../src/ir/languages';
import { ModelSet, TypeRef } from '../../src/ir/model';

export function integrityProblems(set: ModelSet): string[] {
  const problems: string[] = [];
  const all = [...set.models, ...set.unions, ...set.enums];
  const kindOf = new Map<string, 'model' | 'union' | 'enum'>([
    ...set.models.map((m) => [m.id, 'model'] as const),
    ...set.unions.map((u) => [u.id, 'union'] as const),
    ...set.enums.map((e) => [e.id, 'enum'] as const),
  ]);
  if (kindOf.size !== all.length) problems.push('ids are not unique');
  const nameIn = new Map<string, string>(all.flatMap((t) => t.bindings.map((b) => [`${t.id} ${b.language}`, b.name] as const)));
  for (const t of all) if (t.bindings.map((b) => b.language).join() !== REFERENCE_LANGUAGES.join()) problems.push(`${t.id}: bindings ${t.bindings.map((b) => b.language).join()}`);
  const check = (type: TypeRef, language: string, where: string): void => {
    if (type.kind === 'nullable') return check(type.inner, language, where);
    if (type.kind === 'list') return check(type.items, language, where);
    if (type.kind === 'map') return check(type.values, language, where);
    if (type.kind !== 'model') return;
    const kind = kindOf.get(type.modelId);
    if (kind === undefined) problems.push(`${where}: no type \`${type.modelId}\``);
    else if ((type.modelKind ?? 'model') !== kind) problems.push(`${where}: \`${type.modelId}\` is a ${kind}, referenced as ${type.modelKind ?? 'model'}`);
    else if (nameIn.get(`${type.modelId} ${language}`) !== type.name) problems.push(`${where}: \`${type.modelId}\` named ${type.name} in ${language}`);
  };
  for (const m of set.models) for (const b of m.bindings) for (const p of b.properties) check(p.type, b.language, `${m.id}.${p.wireName} (${b.language})`);
  for (const u of set.unions) {
    for (const b of u.bindings) {
      for (const v of b.variants) {
        check(v.type, b.language, `${u.id} variant ${v.id} (${b.language})`);
        if (u.discriminator && (v.type.kind !== 'model' || kindOf.get(v.type.modelId) !== 'model')) problems.push(`${u.id}: discriminated variant ${v.id} is not an object model`);
      }
      const ids = b.variants.map((v) => v.id);
      if (new Set(ids).size !== ids.length) problems.push(`${u.id}: variant ids repeat`);
    }
    const d = u.discriminator;
    if (!d) continue;
    for (const v of u.bindings[0].variants) {
      const model = set.models.find((m) => v.type.kind === 'model' && m.id === v.type.modelId);
      const tagType = model?.bindings[0].properties.find((p) => p.wireName === d.wireName)?.type;
      if (tagType && tagType.kind === 'literal' && !v.tags.includes(tagType.value)) problems.push(`${u.id}: variant ${v.id} tags ${v.tags.join()} but its const is ${tagType.value}`);
    }
  }
  return problems;
}
