/**
 * The data `templates/dotnet/*.hbs` receive. Every name, literal and comment
 * line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Field, Model, Property, TypeRef, assertNever } from '../../ir/model';
import { modelDocLines, propertyDocLines, textLines } from '../doc-text';
import { headerText } from '../target';
import { docLines, enumMemberName, identifier, inlineXmlText, lineComment, stringLiteral, uniqueNames } from './naming';

/** The catch-all member every generated enum has first, so `default(T)` is it too. */
export const UNKNOWN_MEMBER = 'Unknown';

/** Appended to a member name that clashes with its type or a sibling. */
const CLASH_SUFFIX = 'Value';

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
  /** Optional: left out of the JSON when null. */
  readonly omitWhenNull: boolean;
  /** The value a literal-typed property always holds, as a C# literal; null otherwise. */
  readonly literal: string | null;
}

export interface CsClassView extends CsFileHead {
  readonly doc: readonly string[];
  readonly name: string;
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

export function enumTypeName(type: EnumType): string {
  return identifier(type.name, 'Enum');
}

export function buildClassView(model: Model, binding: Binding, namespace: string): CsClassView {
  const name = identifier(binding.name, 'Model');
  const names = uniqueNames(
    binding.properties.map((p) => identifier(p.name, 'Value')),
    [name],
    CLASH_SUFFIX,
  );
  return {
    header: lineComment(headerText([model.source.path])),
    namespace,
    doc: docLines(modelDocLines(model)),
    name,
    properties: binding.properties.map((p, i) => propertyView(p, names[i])),
  };
}

function propertyView(property: Property, name: string): CsPropertyView {
  const { type, literal } = typeView(property.type, property.optional);
  return {
    doc: docLines(propertyDocLines(property)),
    name,
    type,
    wireName: stringLiteral(property.wireName),
    omitWhenNull: property.optional && literal === null,
    literal,
  };
}

function typeView(type: TypeRef, optional: boolean): { type: string; literal: string | null } {
  switch (type.kind) {
    case 'string':
      return { type: 'string', literal: null };
    case 'literal':
      return { type: 'string', literal: stringLiteral(type.value) };
    case 'enum':
      // An enum is a value type: only `T?` can be absent.
      return { type: optional ? `${enumTypeName(type)}?` : enumTypeName(type), literal: null };
    // Replaced by this target's support for the general type system (issue 8).
    case 'boolean':
    case 'integer':
    case 'number':
    case 'any':
    case 'list':
    case 'map':
    case 'model':
    case 'nullable':
      throw new Error(`internal error: the dotnet target does not render ${type.kind} types yet`);
    default:
      return assertNever(type, 'type');
  }
}

export function buildEnumView(use: EnumUse, namespace: string): CsEnumView {
  const name = enumTypeName(use.type);
  const members = use.type.members;
  const memberNames = uniqueNames(members.map((m) => enumMemberName(m.name)), [UNKNOWN_MEMBER], CLASH_SUFFIX);
  const primaryName = (wire: string) => memberNames[members.findIndex((m) => m.wireValue === wire && m.primary)] ?? memberNames[members.findIndex((m) => m.wireValue === wire)];
  const wireValues = [...new Set(members.map((m) => m.wireValue))];
  return {
    header: lineComment(headerText([...use.specs].sort())),
    namespace,
    doc: docLines(textLines(use.field?.description)),
    name,
    converterName: `${name.replace(/^@/, '')}Converter`,
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

