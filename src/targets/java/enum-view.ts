/**
 * Java enums are expandable string enums (the Azure SDK pattern): a final
 * class with a constant per documented value and `of(String)`, which keeps
 * any other value as it was read, so it writes back unchanged. `known()`
 * gives an inner Java enum, `Known`, for exhaustive switches; its fallback
 * constant (`Unknown`, or `Unknown2`, ... when a member has that name) has
 * no wire value at all, so it can never clash with a documented one.
 */
import { EnumBinding, EnumMember, EnumModel, EnumType } from '../../ir/model';
import { textLines } from '../doc-text';
import { typeNoteLines } from '../member-notes';
import { constantName, JavaDoc, javadoc, stringLiteral, typeName, uniqueNames, unknownConstantName } from './naming';
import { DEPRECATED_TAG } from './view-model';

export interface JavaConstantView {
  readonly doc: JavaDoc;
  readonly name: string;
  /** `new State("active", Known.Active)`, or the primary constant for a repeated wire value. */
  readonly value: string;
}

export interface JavaEnumView {
  readonly header: string;
  readonly packageName: string;
  readonly doc: JavaDoc;
  /** `@Deprecated`, when the enum is. */
  readonly annotations: readonly string[];
  readonly name: string;
  readonly constants: readonly JavaConstantView[];
  /** The inner `Known` enum's constants: one per wire value, named as its primary constant. */
  readonly known: readonly { readonly doc: JavaDoc; readonly name: string }[];
  readonly unknown: { readonly doc: JavaDoc; readonly name: string };
  /** One per wire value, to its primary constant: `"active"` → `Active`. */
  readonly cases: readonly { readonly wireValue: string; readonly constant: string }[];
  /** The primary constants, comma-separated, for `values()`. */
  readonly valueList: string;
}

/** The constant names of an enum's members, in order, and of the `Known` fallback. */
export function constantNames(type: EnumType): { members: string[]; unknown: string } {
  const members = uniqueNames(type.members.map((m) => constantName(m.name)));
  return { members, unknown: unknownConstantName(members) };
}

/** A named enum of the run (`ModelSet.enums`) as the enum type its Java binding names. */
export function enumTypeOf(binding: EnumBinding): EnumType {
  return { kind: 'enum', name: binding.name, variant: 'lowercase', members: binding.members };
}

/** What a named enum's file says of it besides its values: its description, example and deprecation. */
export function enumDefinitionDoc(definition: EnumModel): { lines: string[]; deprecated: boolean } {
  const notes = typeNoteLines(definition);
  const lines = textLines(definition.description);
  return { lines: [...lines, ...(lines.length > 0 && notes.length > 0 ? [''] : []), ...notes], deprecated: definition.deprecated === true };
}

/** `docLines` document the enum: its field's description, or a named enum's own (`enumDefinitionDoc`). */
export function buildEnumView(type: EnumType, docLines: readonly string[], header: string, packageName: string, deprecated = false): JavaEnumView {
  const names = constantNames(type);
  const cases = readingConstants(type, names.members);
  const name = typeName(type.name);
  const primaries = [...cases.values()];
  return {
    header,
    packageName,
    doc: javadoc(docLines, deprecated ? DEPRECATED_TAG : []),
    annotations: deprecated ? ['@Deprecated'] : [],
    name,
    constants: type.members.map((member, i) => {
      const primary = cases.get(member.wireValue);
      const isPrimary = primary === names.members[i];
      return {
        doc: javadoc(memberDocLines(member, isPrimary ? undefined : primary)),
        name: names.members[i],
        value: isPrimary ? `new ${name}(${stringLiteral(member.wireValue)}, Known.${names.members[i]})` : `${primary}`,
      };
    }),
    known: [...cases].map(([wireValue, constant]) => ({ doc: javadoc([`Wire value "${wireValue}".`]), name: constant })),
    unknown: { doc: javadoc(['A value the docs do not list; wireValue() gives it as read.']), name: names.unknown },
    cases: [...cases].map(([wireValue, constant]) => ({ wireValue: stringLiteral(wireValue), constant })),
    valueList: primaries.join(', '),
  };
}

/**
 * The constant reading each wire value yields: its primary member. The IR
 * marks one primary per value; a value with none falls back to its first
 * member, so a switch label is never duplicated.
 */
function readingConstants(type: EnumType, names: readonly string[]): Map<string, string> {
  const cases = new Map<string, string>();
  for (const primary of [true, false]) {
    type.members.forEach((member, i) => {
      if (member.primary === primary && !cases.has(member.wireValue)) cases.set(member.wireValue, names[i]);
    });
  }
  return cases;
}

/**
 * Plain text, escaped by `javadoc` like any description. A member that repeats
 * an earlier member's wire value says which constant it is.
 */
function memberDocLines(member: EnumMember, primary: string | undefined): string[] {
  const documented = member.documentedName !== member.name ? ` Documented as "${member.documentedName}".` : '';
  const read = primary ? ` The same value as ${primary}.` : '';
  return [`Wire value "${member.wireValue}".${documented}${read}`];
}
