/**
 * The data `templates/dotnet/*.hbs` receive. Every name, literal and comment
 * line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Model, Property, TypeDefinition, TypeRef } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { memberNoteLines, typeNoteLines } from '../member-notes';
import { HeaderOrigin, headerText, sharedOrigin } from '../target';
import { bare, docLines, enumMemberName, helperName, identifier, inlineXmlText, lineComment, literalExpression, OBJECT_MEMBERS, stringLiteral, uniqueNames, xmlText } from './naming';
import { csShape, csType, documentedType, enumTypeName, isValueType, literalType, Presence, presenceOf, propertyType, usesCollections } from './types';
import { modelsIn, stripNullable } from '../../ir/type-walk';

/** What a namespace's views need from the run beyond the model itself. */
export interface CsContext {
  /** The `dateTime` option is `DateTimeOffset`. */
  readonly dates: boolean;
  /** Ids of the deprecated models, unions and enums: a file naming one silences the obsolete-use warnings. */
  readonly deprecated: ReadonlySet<string>;
}

export const NO_CONTEXT: CsContext = { dates: false, deprecated: new Set() };

/** The attribute on a deprecated type or member. */
export const OBSOLETE = '[global::System.Obsolete("The API marks this deprecated.")]';

/**
 * Whether a file must silence CS0612/CS0618: C# warns at every use of an
 * obsolete member or type outside an obsolete declaration, its own class's
 * reading and writing included, and `-warnaserror` fails on that.
 */
export function usesObsolete(types: readonly TypeRef[], context: CsContext, obsoleteMembers = false): boolean {
  return obsoleteMembers || types.some((t) => modelsIn(t).some((m) => context.deprecated.has(m.modelId)));
}

/** A type's doc lines: its description, then its example as a paragraph. */
export function definitionDocLines(lines: readonly string[], definition: Pick<TypeDefinition, 'example'>): string[] {
  const notes = typeNoteLines(definition);
  return [...lines, ...(lines.length > 0 && notes.length > 0 ? [''] : []), ...notes];
}

export { enumTypeName } from './types';

/** The `Known` enum's fallback, first so `default(Known)` is it; `UnknownValue` when a documented member is named Unknown. */
const UNKNOWN_MEMBER = 'Unknown';

/** Appended to a member name that clashes with its type or a sibling. */
const CLASH_SUFFIX = 'Value';

/** The helper every model reads and writes through (`templates/dotnet/model-json.cs.hbs`). */
export const MODEL_JSON = 'ModelJson';

/** What the strict readers throw (`templates/dotnet/model-validation-exception.cs.hbs`). */
export const VALIDATION_EXCEPTION = 'ModelValidationException';

/** Members every model class declares, which no property may take. */
const CLASS_MEMBERS = ['WireShape', 'FromJsonStrict'];

export interface CsFileHead {
  readonly header: string;
  readonly namespace: string;
  /** `#pragma warning disable 612, 618` goes after the header (see `usesObsolete`). */
  readonly pragma?: boolean;
}

export interface CsPropertyView {
  readonly doc: readonly string[];
  /** `[Obsolete(...)]`, when the member is deprecated. */
  readonly attributes: readonly string[];
  readonly name: string;
  readonly type: string;
  /** The wire name as a C# string literal. */
  readonly wireName: string;
  /** The value a literal-typed property always holds, as a C# literal; null otherwise. */
  readonly literal: string | null;
  /** For an optional nullable property: its backing field and its `<Name>Specified` flag. */
  readonly tracked: CsTrackedView | null;
  /** The statement reading it from a `ModelJson.Reader reader`, and the one writing it to a `writer`. */
  readonly read: string;
  readonly write: string;
}

export interface CsTrackedView {
  readonly field: string;
  readonly flag: string;
  readonly flagDoc: readonly string[];
}

export interface CsClassView extends CsFileHead {
  readonly usings: readonly string[];
  readonly doc: readonly string[];
  /** The helper class, qualified (`global::WorkOS.ModelJson`). */
  readonly helper: string;
  /** The strict readers' exception, for the doc comment's cref. */
  readonly exception: string;
  readonly name: string;
  readonly attributes: readonly string[];
  /** The name as a C# string literal, for validation errors. */
  readonly nameLiteral: string;
  /** `.Field("id", true, ModelJson.String)` per documented key, the last ending in `;`. */
  readonly shape: readonly string[];
  /** Backing fields of the tracked properties. */
  readonly fields: readonly { readonly type: string; readonly name: string }[];
  readonly properties: readonly CsPropertyView[];
}

export interface CsEnumMemberView {
  readonly doc: readonly string[];
  readonly name: string;
  /** `new State("active", Known.Active)`, or the primary member for a repeated wire value. */
  readonly value: string;
}

export interface CsEnumView extends CsFileHead {
  readonly doc: readonly string[];
  readonly attributes: readonly string[];
  readonly name: string;
  readonly converterName: string;
  readonly unknown: string;
  readonly members: readonly CsEnumMemberView[];
  /** One case per wire value, to its primary member. */
  readonly reads: readonly { readonly wireValue: string; readonly member: string }[];
  /** The `Known` enum's members after the fallback: one per wire value, named as its primary member. */
  readonly known: readonly { readonly doc: readonly string[]; readonly name: string }[];
}

/**
 * An enum type and the specs of the models that use it; the first model's
 * use declares it. `doc` is its field's description, or a named enum's own.
 */
export interface EnumUse {
  readonly type: EnumType;
  readonly doc: readonly string[];
  readonly specs: Set<string>;
  readonly deprecated?: boolean;
}

/** The header comment every C# file begins with. */
/**
 * The first lines of every C# file: `// <auto-generated/>`, the marker Roslyn
 * analyzers and StyleCop skip generated files by, then modelgen's header.
 */
export const dotnetHeader = (origin: HeaderOrigin) => `// <auto-generated/>\n${lineComment(headerText(origin))}`;

/** `helper` and `exception` are the `ModelJson` and exception classes' names in this run (see `helperName`). */
export function buildClassView(model: Model, binding: Binding, namespace: string, helper = MODEL_JSON, exception = VALIDATION_EXCEPTION, context: CsContext = NO_CONTEXT): CsClassView {
  const name = identifier(binding.name, 'Model');
  const members = memberNames(binding.properties, name);
  const qualified = `global::${namespace}.${helper}`;
  const properties = binding.properties.map((p, i) => propertyView(p, members[i], qualified, context.dates));
  const shape = binding.properties.map((p, i) => `.Field(${stringLiteral(p.wireName)}, ${!p.optional}, ${csShape(p.type, qualified, context.dates)})${i === binding.properties.length - 1 ? ';' : ''}`);
  return {
    header: dotnetHeader({ spec: model.source.name }),
    namespace,
    pragma: usesObsolete(binding.properties.map((p) => p.type), context, binding.properties.some((p) => p.deprecated)),
    usings: binding.properties.some((p) => usesCollections(p.type)) ? ['System.Collections.Generic', 'Newtonsoft.Json'] : ['Newtonsoft.Json'],
    doc: orFallback(docLines(definitionDocLines(modelDocLines(model), model)), `The <c>${inlineXmlText(model.id)}</c> model.`),
    attributes: model.deprecated ? [OBSOLETE] : [],
    helper: qualified,
    exception: `${namespace}.${exception}`,
    name,
    nameLiteral: stringLiteral(bare(name)),
    shape: shape.length > 0 ? shape : [';'],
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
  const inherited = [className, ...OBJECT_MEMBERS, ...CLASS_MEMBERS];
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

function propertyView(property: Property, names: MemberNames, helper: string, dates: boolean): CsPropertyView {
  const literal = property.type.kind === 'literal' ? literalExpression(property.type.value) : null;
  const presence = presenceOf(property.type, property.optional);
  const type = property.type.kind === 'literal' ? literalType(property.type.value) : propertyType(property.type, property.optional, dates);
  const prose = paragraphs(docLines(propertyDocLines(property)), docLines(memberNoteLines(property)));
  return {
    doc: orFallback(paragraphs(prose, wireDoc(property, presence, names, dates)), `The <c>${inlineXmlText(property.wireName)}</c> key.`),
    attributes: property.deprecated ? [OBSOLETE] : [],
    name: names.property,
    type,
    wireName: stringLiteral(property.wireName),
    literal,
    tracked: names.flag !== null && names.field !== null ? { field: names.field, flag: names.flag, flagDoc: flagDoc(names.property, property.wireName) } : null,
    ...readAndWrite(property, names, type, helper, dates),
  };
}

/** How the model's `Read` and `Write` handle the property, by how its C# type stands for absence and null. */
function readAndWrite(property: Property, names: MemberNames, type: string, helper: string, dates: boolean): { read: string; write: string } {
  const key = stringLiteral(property.wireName);
  const member = `this.${names.property}`;
  if (property.type.kind === 'literal') return { read: `reader.Literal(${key}, ${csShape(property.type, helper)});`, write: `writer.Literal(${key}, ${literalExpression(property.type.value)});` };
  const shape = csShape(stripNullable(property.type), helper, dates);
  const presence = presenceOf(property.type, property.optional);
  if (presence === 'tracked') {
    return { read: `reader.ReadTracked<${type}>(${key}, ${shape}, value => ${member} = value);`, write: `writer.WriteTracked(${key}, ${member}, this.${names.flag});` };
  }
  const holdsNull = presence !== 'omitNull' && !isValueType(property.type, dates);
  return {
    read: `${member} = reader.Read<${type}>(${key}, ${shape}, default(${type}), ${presence === 'omitNull'}, ${holdsNull});`,
    write: `writer.Write<${type}>(${key}, ${member}, default(${type}), ${presence === 'omitNull'});`,
  };
}

/** Lines already escaped: what the C# type does not say about absence and null. */
function wireDoc(property: Property, presence: Presence, names: MemberNames, dates: boolean): string[] {
  const lines: string[] = [];
  if (property.type.kind === 'literal') return lines;
  if (presence === 'omitNull') lines.push('Optional: <c>null</c> leaves the key out of the JSON.');
  if (presence === 'writeNull') lines.push('Nullable: <c>null</c> is written as <c>null</c>.');
  if (presence === 'tracked' && names.flag !== null) lines.push(`Optional and nullable: <see cref="${names.flag}"/> tells an absent key from <c>null</c>.`);
  // Top-level null is said above; this is for nulls inside lists and maps.
  const inner = property.type.kind === 'nullable' ? property.type.inner : property.type;
  const documented = documentedType(inner, dates);
  if (documented !== csType(inner, dates)) lines.push(`Documented as <c>${xmlText(documented)}</c>; C# 7.2 has no nullable reference types.`);
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
  const memberNames = enumMemberNames(use.type);
  const unknown = knownFallback(use.type);
  const primaryName = (wire: string) => memberNames[members.findIndex((m) => m.wireValue === wire && m.primary)] ?? memberNames[members.findIndex((m) => m.wireValue === wire)];
  const wireValues = [...new Set(members.map((m) => m.wireValue))];
  return {
    header: dotnetHeader(sharedOrigin([...use.specs].sort(), `the ${name} enum, which several models use`)),
    namespace,
    doc: orFallback(docLines(use.doc), `The values of <c>${inlineXmlText(name)}</c>.`),
    // The converter names the obsolete class, outside it.
    pragma: use.deprecated === true,
    attributes: use.deprecated ? [OBSOLETE] : [],
    name,
    converterName: helperName(`${bare(name)}Converter`, documented),
    unknown,
    members: members.map((m, i) => {
      const primary = primaryName(m.wireValue);
      return {
        doc: [memberDoc(m.wireValue, primary === memberNames[i] ? null : primary)],
        name: memberNames[i],
        value: primary === memberNames[i] ? `new ${name}(${stringLiteral(m.wireValue)}, Known.${memberNames[i]})` : primary,
      };
    }),
    reads: wireValues.map((wire) => ({ wireValue: stringLiteral(wire), member: primaryName(wire) })),
    known: wireValues.map((wire) => ({ doc: [`The wire value <c>${inlineXmlText(wire)}</c>.`], name: primaryName(wire) })),
  };
}

function enumMemberNames(type: EnumType): string[] {
  return uniqueNames(type.members.map((m) => enumMemberName(m.name)), [enumTypeName(type), ...ENUM_CLASS_MEMBERS], CLASH_SUFFIX);
}

/** The `Known` enum's fallback member: `Unknown`, or `UnknownValue` when a documented member has that name. */
export function knownFallback(type: EnumType): string {
  return uniqueNames([UNKNOWN_MEMBER], enumMemberNames(type), CLASH_SUFFIX)[0];
}

/** Members of every expandable enum class (and the `Known` enum nested in it), which no member may take. */
const ENUM_CLASS_MEMBERS = ['Known', 'Of', 'ToKnown', ...OBJECT_MEMBERS];

function memberDoc(wireValue: string, readsAs: string | null): string {
  const wire = `The wire value <c>${inlineXmlText(wireValue)}</c>`;
  return readsAs === null ? `${wire}.` : `${wire}; the same value as <c>${readsAs}</c>.`;
}

