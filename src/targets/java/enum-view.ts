/**
 * Java enums are closed, so each gets an extra constant for wire values it
 * does not list: reading never fails, and that constant writes back as
 * `"unknown"` (a Java enum constant cannot carry the raw value it was read
 * from), or `"unknown2"`, ... when a member already has that value.
 */
import { EnumMember, EnumType, Field } from '../../ir/model';
import { textLines } from '../doc-text';
import { constantName, JavaDoc, javadoc, stringLiteral, typeName, uniqueNames, unknownConstantName } from './naming';

/** What the fallback constant writes. A string, not null: the field may be required. */
export const UNKNOWN_WIRE_VALUE = 'unknown';

/**
 * The fallback's wire value: `"unknown"`, or `"unknown2"`, ... when a member
 * already has that value (a member `Unknown`), so reading what the fallback
 * wrote gives the fallback again rather than that member.
 */
export function unknownWireValue(type: EnumType): string {
  const values = new Set(type.members.map((m) => m.wireValue));
  let value = UNKNOWN_WIRE_VALUE;
  for (let n = 2; values.has(value); n++) value = `${UNKNOWN_WIRE_VALUE}${n}`;
  return value;
}

export interface JavaConstantView {
  readonly doc: JavaDoc;
  readonly name: string;
  readonly wireValue: string;
}

export interface JavaEnumView {
  readonly header: string;
  readonly packageName: string;
  readonly doc: JavaDoc;
  readonly name: string;
  readonly constants: readonly JavaConstantView[];
  readonly unknown: JavaConstantView;
  /** One per wire value, to its primary constant: `"active"` → `Active`. */
  readonly cases: readonly { readonly wireValue: string; readonly constant: string }[];
}

/** The constant names of an enum's members, in order, and of its fallback. */
export function constantNames(type: EnumType): { members: string[]; unknown: string } {
  const members = uniqueNames(type.members.map((m) => constantName(m.name)));
  return { members, unknown: unknownConstantName(members) };
}

export function buildEnumView(type: EnumType, field: Field | undefined, header: string, packageName: string): JavaEnumView {
  const names = constantNames(type);
  const cases = readingConstants(type, names.members);
  const unknownValue = unknownWireValue(type);
  return {
    header,
    packageName,
    doc: javadoc(textLines(field?.description)),
    name: typeName(type.name),
    constants: type.members.map((member, i) => ({
      doc: javadoc(memberDocLines(member, cases.get(member.wireValue) === names.members[i] ? undefined : cases.get(member.wireValue))),
      name: names.members[i],
      wireValue: stringLiteral(member.wireValue),
    })),
    unknown: {
      doc: javadoc([`A value this enum does not list. Written back as "${unknownValue}", not as the value read.`]),
      name: names.unknown,
      wireValue: stringLiteral(unknownValue),
    },
    cases: [...cases].map(([wireValue, constant]) => ({ wireValue: stringLiteral(wireValue), constant })),
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
 * an earlier member's wire value says which constant reading yields.
 */
function memberDocLines(member: EnumMember, primary: string | undefined): string[] {
  const documented = member.documentedName !== member.name ? ` Documented as "${member.documentedName}".` : '';
  const read = primary ? ` Reading that value gives ${primary}.` : '';
  return [`Wire value "${member.wireValue}".${documented}${read}`];
}
