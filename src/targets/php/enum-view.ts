/**
 * A named enum in PHP: a class of string constants, one per wire value. The
 * properties of that type stay strings, as every enum of this target is, so
 * a value the API adds later reads, is kept and is written back unchanged;
 * the constants name the values known today (`WidgetStatus::IN_REVIEW`).
 */
import { EnumBinding, EnumModel } from '../../ir/model';
import { planUniqueNames, screamingSnakeCase } from '../naming';
import { modelDocLines } from '../doc-text';
import { headerText } from '../target';
import { docComment, PhpDoc } from './doc-comment';
import { INDENT } from './expr';
import { stringLiteral } from './naming';

export interface PhpEnumView {
  readonly header: PhpDoc;
  readonly namespace: string;
  readonly doc: PhpDoc;
  readonly name: string;
  readonly constants: readonly { readonly name: string; readonly value: string }[];
  /** The doc and entries of `VALUES`, a name no member takes. */
  readonly valuesDoc: PhpDoc;
  readonly values: readonly string[];
}

/** `class` is no constant name (`Foo::class` means the class name); `VALUES` is the list of them all. */
const RESERVED_CONSTANTS = new Set(['CLASS']);

export function buildEnumView(model: EnumModel, binding: EnumBinding, namespace: string, name: string): PhpEnumView {
  const wireValues = [...new Set(binding.members.map((m) => m.wireValue))];
  const claims = wireValues.map((value) => ({ key: value, name: binding.members.find((m) => m.wireValue === value && m.primary)?.name ?? value }));
  const names = planUniqueNames(claims, constantName, { taken: ['VALUES'] });
  const prose = modelDocLines(model);
  const open = 'A string enum open to values this version does not list: properties of this type are strings, and any value read is kept.';
  const constants = wireValues.map((value) => ({ name: names.get(value) as string, value: stringLiteral(value) }));
  return {
    header: docComment([headerText({ spec: model.source.name })], 0),
    namespace,
    doc: docComment([...prose, ...(prose.length > 0 ? [''] : []), open], 0, model.deprecated ? ['@deprecated'] : []),
    name,
    constants,
    valuesDoc: docComment(['Every known value, in the documented order.'], INDENT),
    values: constants.map((c) => `self::${c.name}`),
  };
}

/** `in_review` → `IN_REVIEW`; a name that is no identifier gets `VALUE_` before it. */
function constantName(name: string): string {
  const upper = screamingSnakeCase(name);
  const ident = upper === '' || /^[0-9]/.test(upper) ? `VALUE_${upper}`.replace(/_$/, '') : upper;
  return RESERVED_CONSTANTS.has(ident) ? `${ident}_` : ident;
}
