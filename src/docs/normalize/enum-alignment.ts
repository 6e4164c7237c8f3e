/**
 * Lines up the variant lists of one enum field with its wire values
 * (DESIGN.md section 2): equal-length lists align by position, others by name
 * key, then by a one-edit approximate key; members with no wire value anywhere
 * get one inferred. Every step that guesses is reported.
 */
import { DescriptionVariant, EnumMember, EnumValue } from '../../ir/model';
import { editDistance, inferWireValue, isIdentifier, nameKey, sanitizeIdentifier } from './name-keys';

export type VariantLists = ReadonlyMap<DescriptionVariant, readonly string[]>;

export type EnumFinding =
  | { readonly kind: 'inferred'; readonly variant: DescriptionVariant; readonly member: string; readonly value: string }
  | { readonly kind: 'approximate'; readonly variant: DescriptionVariant; readonly member: string; readonly value: string }
  | { readonly kind: 'sanitized'; readonly variant: DescriptionVariant; readonly member: string; readonly name: string }
  | { readonly kind: 'borrowed'; readonly variant: DescriptionVariant; readonly member: string; readonly value: string; readonly from: DescriptionVariant }
  | { readonly kind: 'uncovered'; readonly variant: DescriptionVariant; readonly value: string };

export interface AlignedEnum {
  readonly values: readonly EnumValue[];
  readonly members: ReadonlyMap<DescriptionVariant, readonly EnumMember[]>;
  readonly findings: readonly EnumFinding[];
}

/** Short keys are all one edit apart (`x` ~ `y`); only longer ones match approximately. */
const MIN_APPROXIMATE_KEY = 5;

/** Variants whose lists name members (identifiers) rather than values. */
const MEMBER_NAME_VARIANTS: ReadonlySet<DescriptionVariant> = new Set(['titlecase']);

export function alignEnum(lists: VariantLists): AlignedEnum {
  const findings: EnumFinding[] = [];
  const wire = lists.get('lowercase') ?? [];
  const values: EnumValue[] = wire.map((value) => ({ value, inferred: false }));
  const addValue = (value: string, inferred: boolean) => {
    if (!values.some((v) => v.value === value)) values.push({ value, inferred });
  };
  const members = new Map<DescriptionVariant, EnumMember[]>();
  if (lists.has('lowercase')) members.set('lowercase', markPrimary(wire.map((v) => member(v, v, v))));

  // Value-like variants first, so member-name variants can borrow their values.
  const order = [...lists.keys()].filter((v) => v !== 'lowercase').sort((a, b) => Number(MEMBER_NAME_VARIANTS.has(a)) - Number(MEMBER_NAME_VARIANTS.has(b)));
  for (const variant of order) {
    const list = lists.get(variant) ?? [];
    const wireOf = matchToWire(variant, list, wire, members, findings);
    const aligned = list.map((documented, i) => {
      const name = MEMBER_NAME_VARIANTS.has(variant) ? identifierFor(variant, documented, findings) : documented;
      addValue(wireOf[i].value, wireOf[i].inferred);
      return member(name, documented, wireOf[i].value);
    });
    members.set(variant, markPrimary(dedupeNames(aligned)));
    for (const value of wire) {
      if (!aligned.some((m) => m.wireValue === value)) findings.push({ kind: 'uncovered', variant, value });
    }
  }
  return { values, members, findings };
}

function member(name: string, documentedName: string, wireValue: string): EnumMember {
  return { name, documentedName, wireValue, primary: true };
}

function identifierFor(variant: DescriptionVariant, documented: string, findings: EnumFinding[]): string {
  if (isIdentifier(documented)) return documented;
  const name = sanitizeIdentifier(documented);
  findings.push({ kind: 'sanitized', variant, member: documented, name });
  return name;
}

/** Two documented names can sanitise to one identifier; later ones get a suffix. */
function dedupeNames(list: EnumMember[]): EnumMember[] {
  const seen = new Set<string>();
  return list.map((m) => {
    let name = m.name;
    for (let n = 2; seen.has(name); n++) name = `${m.name}${n}`;
    seen.add(name);
    return name === m.name ? m : { ...m, name };
  });
}

function markPrimary(list: EnumMember[]): EnumMember[] {
  const seen = new Set<string>();
  return list.map((m) => {
    const primary = !seen.has(m.wireValue);
    seen.add(m.wireValue);
    return primary ? m : { ...m, primary };
  });
}

interface WireMatch {
  readonly value: string;
  readonly inferred: boolean;
}

function matchToWire(
  variant: DescriptionVariant,
  list: readonly string[],
  wire: readonly string[],
  known: ReadonlyMap<DescriptionVariant, readonly EnumMember[]>,
  findings: EnumFinding[],
): WireMatch[] {
  const byKey = list.map((name) => wire.find((value) => nameKey(value) === nameKey(name)));
  const fullKeyMatch = byKey.every((v) => v !== undefined) && new Set(byKey).size === list.length;
  if (wire.length > 0 && list.length === wire.length && !fullKeyMatch) {
    return wire.map((value) => ({ value, inferred: false }));
  }
  const taken = new Set(byKey.filter((v): v is string => v !== undefined));
  return list.map((name, i) => {
    const exact = byKey[i];
    if (exact !== undefined) return { value: exact, inferred: false };
    const borrowed = borrowFromOtherVariant(variant, name, known);
    if (borrowed) {
      findings.push({ kind: 'borrowed', variant, member: name, value: borrowed.value, from: borrowed.from });
      return { value: borrowed.value, inferred: false };
    }
    const near = nameKey(name).length < MIN_APPROXIMATE_KEY ? [] : wire.filter((value) => !taken.has(value) && editDistance(nameKey(value), nameKey(name), 1) <= 1);
    if (near.length === 1) {
      taken.add(near[0]);
      findings.push({ kind: 'approximate', variant, member: name, value: near[0] });
      return { value: near[0], inferred: false };
    }
    const value = inferWireValue(name) || name;
    findings.push({ kind: 'inferred', variant, member: name, value });
    return { value, inferred: true };
  });
}

/**
 * A member missing from the wire list may still be named by another variant
 * (`Active` is the lowercaseNormalized `active`): the SDK value is the best guess.
 */
function borrowFromOtherVariant(
  variant: DescriptionVariant,
  name: string,
  known: ReadonlyMap<DescriptionVariant, readonly EnumMember[]>,
): { value: string; from: DescriptionVariant } | undefined {
  for (const [other, members] of known) {
    if (other === variant || other === 'lowercase') continue;
    const hit = members.find((m) => nameKey(m.documentedName) === nameKey(name));
    if (hit) return { value: hit.documentedName, from: other };
  }
  return undefined;
}
