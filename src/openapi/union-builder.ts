/**
 * A union's variants and how they are told apart: by the document's
 * `discriminator`, else by a property every variant requires with a
 * distinct `const` (WorkOS's `object`, `event`, `active`), else by the keys
 * each variant requires, most specific first, so a variant whose required
 * keys are all another's is tried after it.
 */
import { Discriminator, LiteralValue } from '../ir/model';
import { pascalCase, snakeCase } from '../targets/naming';
import { DeclaredVariant, NeutralType, UnionDeclaration } from './declarations';
import { Schema, SchemaProperty } from './schema';
import type { TypeBuilder } from './type-builder';

interface Member {
  readonly schema: Schema;
  /** The properties, when the variant is an object (a reference followed). */
  readonly properties?: readonly SchemaProperty[];
}

export function buildUnion(decl: UnionDeclaration, builder: TypeBuilder): void {
  if (decl.schema.shape.kind !== 'union') return;
  const members: Member[] = decl.schema.shape.members.map((schema) => {
    const target = builder.reader.dereference(schema);
    return { schema, properties: target?.shape.kind === 'object' && target.shape.properties.length > 0 ? target.shape.properties : undefined };
  });
  const chosen = fromDocument(decl, members, builder) ?? fromConsts(members);
  if (chosen) decl.discriminator = chosen.discriminator;
  const ids = new Set<string>();
  const variants = members.map((member, i): DeclaredVariant => {
    const tags = chosen?.tags[i] ?? [];
    const suffix = variantSuffix(member, i, members, chosen?.discriminator.wireName, tags);
    const type = withoutNull(builder.typeOf(member.schema, `${decl.name}${suffix}`, decl.doc));
    const id = unique(variantId(member, type, suffix), ids);
    const requiredKeys = !chosen && member.properties ? member.properties.filter((p) => p.required).map((p) => p.wireName) : [];
    return { id, type, tags, requiredKeys };
  });
  decl.variants.push(...(chosen ? variants : mostSpecificFirst(variants)));
  if (!chosen) lintAmbiguous(decl, members, variants, builder);
}

type Chosen = { readonly discriminator: Discriminator; readonly tags: readonly (readonly LiteralValue[])[] };

/** `discriminator.propertyName`: tags from `mapping`, else the variant's `const`, else the component's name (OpenAPI's default). */
function fromDocument(decl: UnionDeclaration, members: readonly Member[], builder: TypeBuilder): Chosen | undefined {
  const spec = decl.schema.shape.kind === 'union' ? decl.schema.shape.discriminator : undefined;
  if (!spec) return undefined;
  if (members.some((m) => !m.properties)) {
    builder.bag.add('openapiUnionAmbiguous', `\`${decl.name}\` names the discriminator \`${spec.propertyName}\`, but not every variant is an object; it is read as an undiscriminated union`, spec.location);
    return undefined;
  }
  const tags = members.map((m) => {
    const ref = m.schema.shape.kind === 'ref' ? m.schema.shape.ref : undefined;
    const mapped = [...spec.mapping].filter(([, r]) => ref && r.file === ref.file && r.name === ref.name).map(([value]) => value);
    if (mapped.length > 0) return mapped;
    const value = constOf(m.properties?.find((p) => p.wireName === spec.propertyName)?.schema);
    return value !== undefined ? [value] : ref ? [ref.name] : [];
  });
  return { discriminator: { wireName: spec.propertyName, from: 'discriminator' }, tags };
}

/** The first property of the first variant that every variant requires with a `const` of its own. */
function fromConsts(members: readonly Member[]): Chosen | undefined {
  if (members.length < 2 || members.some((m) => !m.properties)) return undefined;
  for (const candidate of members[0].properties ?? []) {
    const values = members.map((m) => {
      const p = m.properties?.find((q) => q.wireName === candidate.wireName);
      return p?.required ? constOf(p.schema) : undefined;
    });
    if (values.some((v) => v === undefined)) continue;
    const distinct = new Set(values.map((v) => `${typeof v}:${String(v)}`));
    if (distinct.size === values.length) return { discriminator: { wireName: candidate.wireName, from: 'const' }, tags: values.map((v) => [v as LiteralValue]) };
  }
  return undefined;
}

function constOf(schema: Schema | undefined): LiteralValue | undefined {
  const value = schema?.const ?? (schema?.enum?.length === 1 ? schema.enum[0] : undefined);
  return value === null ? undefined : value;
}

/** What an inline variant's name adds to the union's: its `title`, else its tag, else the first key only it requires, else its place. */
function variantSuffix(member: Member, index: number, members: readonly Member[], wireName: string | undefined, tags: readonly LiteralValue[]): string {
  if (member.schema.title !== undefined && pascalCase(member.schema.title) !== '') return pascalCase(member.schema.title);
  const tag = tags[0];
  if (typeof tag === 'string' && pascalCase(tag) !== '') return pascalCase(tag);
  if (tag !== undefined && wireName !== undefined) return `${pascalCase(wireName)}${pascalCase(String(tag))}`;
  const requiredByAll = (key: string) => members.every((m) => m.properties?.some((p) => p.wireName === key && p.required));
  const own = member.properties?.find((p) => p.required && !requiredByAll(p.wireName));
  return own && pascalCase(own.wireName) !== '' ? pascalCase(own.wireName) : `Variant${index + 1}`;
}

/** A referenced component's id, else the suffix's words, else the JSON kind (`string`, `list`). */
function variantId(member: Member, type: NeutralType, suffix: string): string {
  if (member.schema.shape.kind === 'ref') return snakeCase(member.schema.shape.ref.name) || 'variant';
  if (type.kind === 'decl') return snakeCase(suffix) || 'variant';
  return type.kind;
}

function unique(id: string, taken: Set<string>): string {
  let name = id;
  for (let n = 2; taken.has(name); n++) name = `${id}_${n}`;
  taken.add(name);
  return name;
}

function withoutNull(type: NeutralType): NeutralType {
  return type.kind === 'nullable' ? type.inner : type;
}

/** Input order, except that a variant moves before every earlier one whose required keys are a strict subset of its own. */
function mostSpecificFirst(variants: readonly DeclaredVariant[]): DeclaredVariant[] {
  const ordered: DeclaredVariant[] = [];
  for (const v of variants) {
    const at = ordered.findIndex((o) => o.requiredKeys.length < v.requiredKeys.length && o.requiredKeys.every((k) => v.requiredKeys.includes(k)));
    if (at < 0) ordered.push(v);
    else ordered.splice(at, 0, v);
  }
  return ordered;
}

/** Variants reading cannot tell apart: the same required keys with no `const` that differs, or the same JSON kind twice. */
function lintAmbiguous(decl: UnionDeclaration, members: readonly Member[], variants: readonly DeclaredVariant[], builder: TypeBuilder): void {
  const seen = new Map<string, string>();
  members.forEach((member, i) => {
    const variant = variants[i];
    const consts = (member.properties ?? []).filter((p) => p.required && constOf(p.schema) !== undefined).map((p) => `${p.wireName}=${String(constOf(p.schema))}`);
    const key = member.properties ? `object:${[...variant.requiredKeys].sort().join(',')}|${consts.sort().join(',')}` : `kind:${kindKey(variant.type)}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, variant.id);
      return;
    }
    const why = member.properties ? 'require the same keys and no `const` tells them apart' : `are both ${kindKey(variant.type)}`;
    builder.bag.add('openapiUnionAmbiguous', `variants \`${earlier}\` and \`${variant.id}\` of \`${decl.name}\` ${why}; reading always takes \`${earlier}\``, member.schema.location);
  });
}

function kindKey(type: NeutralType): string {
  if (type.kind === 'nullable') return kindKey(type.inner);
  return type.kind === 'decl' ? type.decl.kind : type.kind;
}
