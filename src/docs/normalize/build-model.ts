/**
 * Builds one IR model from its entries in every language: resolves and
 * repairs description references, names wire keys, aligns enums and types
 * each property.
 */
import { DiagnosticBag, SourceLocation } from '../../diagnostics/diagnostic';
import { Binding, DescriptionVariant, Field, Model, Property, TypeRef } from '../../ir/model';
import { RawEntry, RawProperty, RawSpec } from '../validate/raw-spec';
import { ModelSource } from './collect-models';
import { DescriptionTrees, describedFields, ResolvedReference, referencePaths, resolveReference, selfDescription, variantTexts } from './description-tree';
import { AlignedEnum, alignEnum, EnumFinding } from './enum-alignment';
import { didYouMean, nameKey, nearestName } from './name-keys';
import { knownTypeNames, ModelIndex, resolveType } from './resolve-type';
import { titleQualifier } from './title';
import { acceptedSpellings, foreignScalarSuggestion, readSpelling } from './type-spellings';

interface LinkedProperty {
  readonly entry: RawEntry;
  readonly raw: RawProperty;
  readonly ref: ResolvedReference;
}

export function buildModel(source: ModelSource, trees: DescriptionTrees, models: ModelIndex, bag: DiagnosticBag): Model | undefined {
  const errorsBefore = bag.all.length;
  const resolved = resolveAll(source.entries, trees, bag);
  const curlWire = new Map(resolved.filter((p) => p.entry.language === 'curl').map((p) => [p.ref.fieldId, p.raw.key]));
  const described = describedFields(trees, source.id);
  const linked = resolved.map((p) => relink(p, described, curlWire, trees, bag));
  const fields = buildFields(linked, described, curlWire, trees, bag);
  const fieldById = new Map(fields.map((f) => [f.field.id, f]));
  const bindings = source.entries.map((entry) => buildBinding(entry, linked.filter((p) => p.entry === entry), fieldById, models, bag));
  if (bag.all.slice(errorsBefore).some((d) => d.severity === 'error')) return undefined;
  return {
    id: source.id,
    source: { path: source.spec.path, name: source.spec.name, title: source.spec.title, summary: pageSummary(source.spec, source.id) },
    description: selfDescription(trees, source.id),
    fields: fields.map((f) => f.field),
    bindings,
  };
}

/**
 * A page's summary paragraph is about one model, not every model the page
 * defines: the one its `<CodeBlock referenceId=...>` shows, else the one its
 * title names (`# Directory User` → `directory_user`), else the page's only one.
 */
function pageSummary(spec: RawSpec, id: string): string | undefined {
  const ids = new Set(spec.entries.map((e) => e.id));
  const own =
    (spec.referenceId !== undefined && ids.has(spec.referenceId) ? spec.referenceId : undefined) ??
    [...ids].find((i) => spec.title !== undefined && nameKey(i) === nameKey(spec.title)) ??
    (ids.size === 1 ? id : undefined);
  return own === id ? spec.summary : undefined;
}

function resolveAll(entries: readonly RawEntry[], trees: DescriptionTrees, bag: DiagnosticBag): LinkedProperty[] {
  const result: LinkedProperty[] = [];
  for (const entry of entries) {
    for (const raw of entry.properties) {
      const ref = resolveReference(trees, raw.reference);
      if (!ref) {
        const nearest = nearestName(raw.reference.join('.'), referencePaths(trees));
        const suggestion = nearest === undefined ? '' : `; did you mean \`(${nearest})\`?`;
        bag.add('unresolvedReference', `\`(${raw.reference.join('.')})\` of ${entry.language} \`${entry.key}.${raw.key}\` does not resolve to a description${suggestion}`, raw.referenceLocation);
        continue;
      }
      result.push({ entry, raw, ref });
    }
  }
  return result;
}

function lastSegment(fieldId: string): string {
  return fieldId.slice(fieldId.lastIndexOf('.') + 1);
}

/** A property's name fits a field when it spells the field's name or its wire name. */
function fits(name: string, fieldId: string, curlWire: ReadonlyMap<string, string>): boolean {
  const key = nameKey(name);
  return key === nameKey(lastSegment(fieldId)) || key === nameKey(curlWire.get(fieldId) ?? '');
}

/**
 * When a reference does not fit its property's name but the name fits exactly
 * one other field of the model, the reference is the mistake (python
 * `Directory.object` → `(directory.id)`): link by name and report it.
 */
function relink(p: LinkedProperty, described: readonly string[], curlWire: ReadonlyMap<string, string>, trees: DescriptionTrees, bag: DiagnosticBag): LinkedProperty {
  if (p.entry.language === 'curl' || fits(p.raw.key, p.ref.fieldId, curlWire)) return p;
  const candidates = described.filter((id) => id !== p.ref.fieldId && fits(p.raw.key, id, curlWire));
  if (candidates.length !== 1) return p;
  const target = candidates[0];
  const ref = resolveReference(trees, p.ref.variant ? [...target.split('.'), p.ref.variant] : target.split('.')) ?? resolveReference(trees, target.split('.'));
  if (!ref) return p;
  bag.add(
    'referenceRelinked',
    `${p.entry.language} \`${p.entry.key}.${p.raw.key}\` references \`${p.ref.fieldId}\` but is named like \`${target}\`; linked to \`${target}\``,
    p.raw.referenceLocation,
  );
  return { ...p, ref };
}

interface BuiltField {
  readonly field: Field;
  readonly enumeration?: AlignedEnum;
}

function buildFields(
  linked: readonly LinkedProperty[],
  described: readonly string[],
  curlWire: ReadonlyMap<string, string>,
  trees: DescriptionTrees,
  bag: DiagnosticBag,
): BuiltField[] {
  const referenced = new Set(linked.map((p) => p.ref.fieldId));
  const order = [...described.filter((id) => referenced.has(id)), ...[...referenced].filter((id) => !described.includes(id))];
  return order.map((id) => {
    const uses = linked.filter((p) => p.ref.fieldId === id);
    const curl = uses.find((p) => p.entry.language === 'curl');
    const wireName = curlWire.get(id) ?? lastSegment(id);
    if (!curl) {
      bag.add('wireNameInferred', `\`${id}\` is absent from curl; wire name \`${wireName}\` inferred from the field name`, uses[0].raw.location);
    }
    const texts = variantTexts(trees, id);
    const lists = new Map([...texts].filter(([, t]) => t.values !== undefined).map(([v, t]) => [v, t.values ?? []]));
    const enumeration = lists.size > 0 ? alignEnum(lists) : undefined;
    if (enumeration) reportEnumFindings(id, enumeration.findings, uses, bag);
    const main = texts.get('lowercase') ?? [...texts.values()][0];
    const field: Field = {
      id,
      wireName,
      wireNameInferred: !curl,
      optional: curl ? curl.raw.optional : uses.some((p) => p.raw.optional),
      description: main?.prose || undefined,
      enumValues: enumeration?.values,
    };
    return { field, enumeration };
  });
}

function reportEnumFindings(fieldId: string, findings: readonly EnumFinding[], uses: readonly LinkedProperty[], bag: DiagnosticBag): void {
  const where = (variant: DescriptionVariant): SourceLocation => {
    const user = uses.find((p) => p.ref.variant === variant) ?? uses[0];
    return user.raw.referenceLocation;
  };
  for (const f of findings) {
    const ref = `${fieldId}.${f.variant}`;
    switch (f.kind) {
      case 'inferred':
        bag.add('enumMemberInferred', `member \`${f.member}\` of \`${ref}\` has no \`lowercase\` wire value; inferred \`${f.value}\``, where(f.variant));
        break;
      case 'approximate':
        bag.add('enumMemberApproximate', `member \`${f.member}\` of \`${ref}\` matches the wire value \`${f.value}\` only approximately`, where(f.variant));
        break;
      case 'sanitized':
        bag.add('enumMemberSanitized', `member \`${f.member}\` of \`${ref}\` is not an identifier; named \`${f.name}\``, where(f.variant));
        break;
      case 'borrowed':
        bag.add('enumMemberUnlisted', `member \`${f.member}\` of \`${ref}\` has no \`lowercase\` wire value; using \`${f.value}\` from \`${f.from}\``, where(f.variant));
        break;
      case 'uncovered':
        bag.add('enumMemberUnlisted', `wire value \`${f.value}\` of \`${fieldId}\` has no member in \`${ref}\``, where(f.variant));
        break;
    }
  }
}

function buildBinding(entry: RawEntry, props: readonly LinkedProperty[], fields: ReadonlyMap<string, BuiltField>, models: ModelIndex, bag: DiagnosticBag): Binding {
  const seenKeys = new Map<string, RawProperty>();
  const seenFields = new Map<string, RawProperty>();
  const properties: Property[] = [];
  for (const p of props) {
    const built = fields.get(p.ref.fieldId);
    if (!built) continue;
    const sameKey = seenKeys.get(p.raw.key);
    const sameField = seenFields.get(p.ref.fieldId);
    if (sameKey || sameField) {
      const why = sameKey ? `\`${p.raw.key}\` is documented twice` : `\`${sameField?.key}\` and \`${p.raw.key}\` both document \`${p.ref.fieldId}\``;
      bag.add('duplicateProperty', `in ${entry.language} \`${entry.key}\`, ${why}`, p.raw.location);
      continue;
    }
    seenKeys.set(p.raw.key, p.raw);
    seenFields.set(p.ref.fieldId, p.raw);
    const type = typeOf(p, built, models, bag);
    if (!type) continue;
    properties.push({
      name: p.raw.key,
      fieldId: built.field.id,
      wireName: built.field.wireName,
      optional: p.raw.optional,
      type,
      description: p.ref.text.prose || undefined,
      ...(p.raw.deprecated ? { deprecated: true } : {}),
      ...knownValues(type, built, p.ref.variant ?? 'lowercase'),
      location: p.raw.location,
    });
  }
  return { language: entry.language, name: entry.key, qualifier: titleQualifier(entry.title), url: entry.url, properties, location: entry.location };
}

/** A string property whose description is an enum keeps the variant's wire values for doc comments. */
function knownValues(type: TypeRef, built: BuiltField, variant: DescriptionVariant): Pick<Property, 'knownValues' | 'knownValuesVariant'> {
  const members = isStringLike(type) ? built.enumeration?.members.get(variant) : undefined;
  return members ? { knownValues: members.map((m) => m.wireValue), knownValuesVariant: variant } : {};
}

function typeOf(p: LinkedProperty, built: BuiltField, models: ModelIndex, bag: DiagnosticBag): TypeRef | undefined {
  const where = `${p.entry.language} \`${p.entry.key}.${p.raw.key}\``;
  const spelled = readSpelling(p.entry.language, p.raw.type);
  if (!spelled.ok) {
    bag.add('unknownType', `${where}: ${spelled.reason}`, p.raw.typeLocation, `${p.entry.language} spellings: ${acceptedSpellings(p.entry.language)}`);
    return undefined;
  }
  const variant = p.ref.variant ?? 'lowercase';
  const resolved = resolveType(spelled.type, {
    language: p.entry.language,
    models,
    enumMembers: built.enumeration?.members.get(variant),
    variant,
    enumName: pascalCase(built.field.id),
  });
  if (resolved.ok) return resolved.type;
  if (resolved.enumKeyword) {
    bag.add('unknownType', `${where}: \`enum\`, but \`${built.field.id}\` is not described as an enum`, p.raw.typeLocation, 'end the description with a bullet list of back-quoted values, or give the property another type');
  } else {
    const suggestion = foreignScalarSuggestion(p.entry.language, resolved.missing) ?? didYouMean(resolved.missing, knownTypeNames(p.entry.language, models));
    bag.add('missingModel', `${where}: \`${resolved.missing}\` is neither a ${p.entry.language} model of this run nor an enum (\`${built.field.id}\` is not described as one)${suggestion}`, p.raw.typeLocation);
  }
  return undefined;
}

/** A string on the wire whose description lists values: docs show them. */
function isStringLike(type: TypeRef): boolean {
  return type.kind === 'string' || (type.kind === 'nullable' && type.inner.kind === 'string');
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
