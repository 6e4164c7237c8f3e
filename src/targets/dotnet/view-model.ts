/**
 * The data `templates/dotnet/*.hbs` receive. Every name, literal and comment
 * line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Field, Model, Property } from '../../ir/model';
import { modelDocLines, propertyDocLines, textLines } from '../doc-text';
import { bare, docLines, enumMemberName, fileHeader, helperName, identifier, inlineXmlText, OBJECT_MEMBERS, stringLiteral, uniqueNames, xmlText } from './naming';
import { csType, documentedType, enumTypeName, holdsAny, Presence, presenceOf, propertyType, usesCollections } from './types';

export { enumTypeName } from './types';

/** The catch-all member every generated enum has first, so `default(T)` is it too. */
export const UNKNOWN_MEMBER = 'Unknown';

/** Appended to a member name that clashes with its type or a sibling. */
const CLASH_SUFFIX = 'Value';

/** The shared converter models with untyped values read through (`templates/dotnet/pass-through-converter.cs.hbs`). */
export const PASS_THROUGH_CONVERTER = 'PassThroughConverter';

export interface CsFileHead {
  readonly header: string;
  readonly namespace: string;
}

export interface CsPropertyView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly type: string;
  /** The wire name as a C# string literal. */
  readonly wireName: string;
  /** `Ignore` for optional values (null is absent), `Include` for nullable ones, null for neither. */
  readonly nullValueHandling: 'Ignore' | 'Include' | null;
  /** The value a literal-typed property always holds, as a C# literal; null otherwise. */
  readonly literal: string | null;
  /** For an optional nullable property: its backing field and its `<Name>Specified` flag. */
  readonly tracked: CsTrackedView | null;
}

export interface CsTrackedView {
  readonly field: string;
  readonly flag: string;
  readonly flagDoc: readonly string[];
}

export interface CsClassView extends CsFileHead {
  readonly usings: readonly string[];
  readonly doc: readonly string[];
  /** The converter that reads the model with date parsing off, when it holds untyped values; null otherwise. */
  readonly converter: string | null;
  readonly name: string;
  /** Backing fields of the tracked properties. */
  readonly fields: readonly { readonly type: string; readonly name: string }[];
  readonly properties: readonly CsPropertyView[];
}

export interface CsEnumMemberView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly wireValue: string;
}

export interface CsEnumView extends CsFileHead {
  readonly doc: readonly string[];
  readonly name: string;
  readonly converterName: string;
  readonly unknown: string;
  readonly members: readonly CsEnumMemberView[];
  /** One case per wire value, to its primary member. */
  readonly reads: readonly { readonly wireValue: string; readonly member: string }[];
  /** The members that write each wire value. */
  readonly writes: readonly { readonly wireValue: string; readonly members: readonly string[] }[];
}

/** An enum type and the specs of the models that use it; the first model's use declares it. */
export interface EnumUse {
  readonly type: EnumType;
  readonly field: Field | undefined;
  readonly specs: Set<string>;
}

/** `passThrough` is the shared converter's name in this run (see `helperName`). */
export function buildClassView(model: Model, binding: Binding, namespace: string, passThrough = PASS_THROUGH_CONVERTER): CsClassView {
  const name = identifier(binding.name, 'Model');
  const members = memberNames(binding.properties, name);
  const properties = binding.properties.map((p, i) => propertyView(p, members[i]));
  return {
    header: fileHeader([model.source.path]),
    namespace,
    usings: binding.properties.some((p) => usesCollections(p.type)) ? ['System.Collections.Generic', 'Newtonsoft.Json'] : ['Newtonsoft.Json'],
    doc: orFallback(docLines(modelDocLines(model)), `The <c>${inlineXmlText(model.id)}</c> model.`),
    converter: binding.properties.some((p) => holdsAny(p.type)) ? passThrough : null,
    name,
    fields: properties.flatMap((p) => (p.tracked ? [{ type: p.type, name: p.tracked.field }] : [])),
    properties,
  };
}

/** Whether a property needs a `<Name>Specified` flag: optional and nullable, so absent and null differ. */
const isTracked = (property: Property) => property.type.kind !== 'literal' && presenceOf(property.type, property.optional) === 'tracked';

interface MemberNames {
  readonly property: string;
  readonly flag: string | null;
  readonly field: string | null;
}

/**
 * Property names unique within the class (and unlike it); a property documented
 * as another one's `<Name>Specified` flag gives way, since Newtonsoft finds the
 * flag by that exact name. Backing fields are `_name`, numbered on a clash.
 */
function memberNames(properties: readonly Property[], className: string): MemberNames[] {
  const ids = properties.map((p) => identifier(p.name, 'Value'));
  const flagsOf = (names: readonly string[]) => names.flatMap((n, i) => (isTracked(properties[i]) ? [`${bare(n)}Specified`] : []));
  const inherited = [className, ...OBJECT_MEMBERS];
  const names = uniqueNames(ids, [...inherited, ...flagsOf(uniqueNames(ids, inherited, CLASH_SUFFIX))], CLASH_SUFFIX);
  const flags = flagsOf(names);
  if (new Set([...names.map(bare), ...flags]).size !== names.length + flags.length) {
    throw new Error(`internal error: the dotnet target cannot name the presence flags of ${className}: ${flags.join(', ')}`);
  }
  const fields = uniqueNames(
    names.map((n) => `_${bare(n).charAt(0).toLowerCase()}${bare(n).slice(1)}`),
    [className, ...names, ...flags],
    '',
  );
  return names.map((property, i) => (isTracked(properties[i]) ? { property, flag: `${bare(property)}Specified`, field: fields[i] } : { property, flag: null, field: null }));
}

function propertyView(property: Property, names: MemberNames): CsPropertyView {
  const literal = property.type.kind === 'literal' ? stringLiteral(property.type.value) : null;
  const presence = presenceOf(property.type, property.optional);
  return {
    doc: orFallback(paragraphs(docLines(propertyDocLines(property)), wireDoc(property, presence, names)), `The <c>${inlineXmlText(property.wireName)}</c> key.`),
    name: names.property,
    type: propertyType(property.type, property.optional),
    wireName: stringLiteral(property.wireName),
    nullValueHandling: literal !== null || presence === 'plain' ? null : presence === 'omitNull' ? 'Ignore' : 'Include',
    literal,
    tracked: names.flag !== null && names.field !== null ? { field: names.field, flag: names.flag, flagDoc: flagDoc(names.property, property.wireName) } : null,
  };
}

/** Lines already escaped: what the C# type does not say about absence and null. */
function wireDoc(property: Property, presence: Presence, names: MemberNames): string[] {
  const lines: string[] = [];
  if (property.type.kind === 'literal') return lines;
  if (presence === 'omitNull') lines.push('Optional: <c>null</c> leaves the key out of the JSON.');
  if (presence === 'writeNull') lines.push('Nullable: <c>null</c> is written as <c>null</c>.');
  if (presence === 'tracked' && names.flag !== null) lines.push(`Optional and nullable: <see cref="${names.flag}"/> tells an absent key from <c>null</c>.`);
  // Top-level null is said above; this is for nulls inside lists and maps.
  const inner = property.type.kind === 'nullable' ? property.type.inner : property.type;
  const documented = documentedType(inner);
  if (documented !== csType(inner)) lines.push(`Documented as <c>${xmlText(documented)}</c>; C# 7.2 has no nullable reference types.`);
  return lines;
}

/**
 * `-doc:` with `-warnaserror` fails on a public member without a summary
 * (CS1591), so one with no prose (none given, or only whitespace) gets this line.
 */
function orFallback(lines: readonly string[], fallback: string): string[] {
  return lines.some((line) => line !== '') ? [...lines] : [fallback];
}

function paragraphs(first: readonly string[], second: readonly string[]): string[] {
  return first.length > 0 && second.length > 0 ? [...first, '', ...second] : [...first, ...second];
}

function flagDoc(property: string, wireName: string): string[] {
  const cref = `<see cref="${property}"/>`;
  return [
    `Whether the <c>${inlineXmlText(wireName)}</c> key is present: ${cref} may be absent or <c>null</c>, and these differ.`,
    `Reading sets it when the key is there, even as <c>null</c>; assigning ${cref} sets it;`,
    'writing leaves the key out while it is false.',
  ];
}

/** `documented` holds the run's model and enum type names, which a converter's name must not take. */
export function buildEnumView(use: EnumUse, namespace: string, documented: ReadonlySet<string> = new Set()): CsEnumView {
  const name = enumTypeName(use.type);
  const members = use.type.members;
  const memberNames = uniqueNames(members.map((m) => enumMemberName(m.name)), [UNKNOWN_MEMBER], CLASH_SUFFIX);
  const primaryName = (wire: string) => memberNames[members.findIndex((m) => m.wireValue === wire && m.primary)] ?? memberNames[members.findIndex((m) => m.wireValue === wire)];
  const wireValues = [...new Set(members.map((m) => m.wireValue))];
  return {
    header: fileHeader([...use.specs].sort()),
    namespace,
    doc: orFallback(docLines(textLines(use.field?.description)), `The values of <c>${inlineXmlText(name)}</c>.`),
    name,
    converterName: helperName(`${bare(name)}Converter`, documented),
    unknown: UNKNOWN_MEMBER,
    members: members.map((m, i) => ({
      doc: [memberDoc(m.wireValue, m.primary ? null : primaryName(m.wireValue))],
      name: memberNames[i],
      wireValue: stringLiteral(m.wireValue),
    })),
    reads: wireValues.map((wire) => ({ wireValue: stringLiteral(wire), member: primaryName(wire) })),
    writes: wireValues.map((wire) => ({ wireValue: stringLiteral(wire), members: memberNames.filter((_, i) => members[i].wireValue === wire) })),
  };
}

function memberDoc(wireValue: string, readsAs: string | null): string {
  const wire = `The wire value <c>${inlineXmlText(wireValue)}</c>`;
  return readsAs === null ? `${wire}.` : `${wire}; reading it gives <c>${readsAs}</c>.`;
}

