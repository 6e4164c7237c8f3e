/**
 * A named enum in Ruby: a module of frozen String constants, one per wire
 * value, and `ALL`. Properties of that type are Strings, as every enum of
 * this target is, so a value the API adds later is kept as read.
 */
import { EnumBinding, EnumModel } from '../../ir/model';
import { planUniqueNames, screamingSnakeCase } from '../naming';
import { modelDocLines } from '../doc-text';
import { commentLines, stringLiteral } from './naming';

export interface RubyEnumView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly constants: readonly { readonly name: string; readonly value: string }[];
  /** `ALL = [ACTIVE, RETIRED].freeze`. */
  readonly all: string;
}

export function buildEnumView(model: EnumModel, binding: EnumBinding, name: string): RubyEnumView {
  const wireValues = [...new Set(binding.members.map((m) => m.wireValue))];
  const claims = wireValues.map((value) => ({ key: value, name: binding.members.find((m) => m.wireValue === value && m.primary)?.name ?? value }));
  const names = planUniqueNames(claims, constantName, { taken: ['ALL'] });
  const prose = modelDocLines(model);
  const open = 'An open enum: properties of this type are Strings, and a value not listed here is kept as read.';
  const constants = wireValues.map((value) => ({ name: names.get(value) as string, value: stringLiteral(value) }));
  return {
    doc: [...commentLines([...prose, ...(prose.length > 0 ? [''] : []), open]), ...(model.deprecated ? ['# @deprecated'] : [])],
    name,
    constants,
    all: `ALL = [${constants.map((c) => c.name).join(', ')}].freeze`,
  };
}

/** `in_review` → `IN_REVIEW`; a constant must start with a capital letter, so `2fa` → `VALUE_2FA`. */
function constantName(name: string): string {
  const upper = screamingSnakeCase(name);
  return upper === '' || !/^[A-Z]/.test(upper) ? `VALUE_${upper}`.replace(/_$/, '') : upper;
}
