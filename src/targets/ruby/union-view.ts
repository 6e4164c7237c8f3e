/**
 * A union in Ruby: a module with `read` (and `from_json`, from
 * `ModelRuntime::Union`) that returns the variant's model, the plain value of
 * a scalar, list or map variant, or the module's own `Unknown`, which keeps
 * the value as read. Object variants include the module, so `is_a?` answers.
 */
import { Model, UnionBinding, UnionModel, UnionVariant } from '../../ir/model';
import { unionExpectation } from '../union-expectation';
import { modelDocLines } from '../doc-text';
import { commentLines, stringLiteral } from './naming';
import { ClassNames, classOf, docType, literalSource, typeDescriptor } from './types';
import { autoloads, RubyAutoloadView } from './view-model';
import { AsciiTwin } from '../ascii-twin';

/** A value `%w[]` can hold: letters, digits and `_`, in words joined by `-`. */
const WORD = new AsciiTwin(/^[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*$/, /^[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*$/u);

export interface RubyUnionView {
  readonly autoloads: readonly RubyAutoloadView[];
  readonly doc: readonly string[];
  readonly name: string;
  readonly readDoc: readonly string[];
  /** The body of `read`, indented to sit in it (blank lines carry no spaces). */
  readonly statements: readonly string[];
}

/** The run's facts a union's module needs. */
export interface UnionPlan {
  readonly modulePath: string;
  readonly classes: ClassNames;
  readonly dates: boolean;
  readonly models: ReadonlyMap<string, Model>;
  readonly unions: ReadonlyMap<string, UnionModel>;
}

/** Object models are variants as they are; any other variant's value is a plain Ruby value. */
export function isObjectVariant(variant: UnionVariant): boolean {
  return variant.type.kind === 'model' && variant.type.modelKind === undefined;
}

export function buildUnionView(union: UnionModel, binding: UnionBinding, plan: UnionPlan): RubyUnionView {
  const name = plan.classes.get(union.id) as string;
  const returns = binding.variants.map((v) => docType(v.type, plan.modulePath, plan.classes, plan.dates));
  const on = union.discriminator ? `, told apart by \`${union.discriminator.wireName}\`` : ', tried in this order';
  const prose = modelDocLines(union);
  const doc = [
    ...commentLines([...prose, ...(prose.length > 0 ? [''] : []), `One of${on}: ${returns.join(', ')}; else ${name}::Unknown, which keeps the value as read.`]),
    ...(union.deprecated ? ['# @deprecated'] : []),
  ];
  const readDoc = [
    `# Reads a ${name} from a parsed JSON value (string or symbol keys); never`,
    '# raises unless strict (see ModelRuntime).',
    '#',
    '# @param value [Object] the parsed JSON value',
    '# @param strict [Boolean] raise ModelValidationError on the first value that is not as documented',
    `# @return [${[...new Set([...returns, 'Unknown'])].join(', ')}]`,
  ];
  const statements = union.discriminator ? dispatch(binding, union.discriminator.wireName, plan) : tries(binding, plan);
  const { kinds, expected } = unionExpectation(binding, 'ruby', plan.unions);
  const unknown = `union.unknown(Unknown, ${wordArray(kinds)}, ${stringLiteral(expected)})`;
  // Layout/EmptyLineAfterGuardClause wants a blank line after the last `return ... if`.
  const body = union.discriminator ? [...statements.slice(0, -1), `else ${unknown}`, 'end'] : [...statements, '', unknown];
  return { autoloads: autoloads(binding.variants.map((v) => v.type), name, plan.classes), doc, name, readDoc, statements: body.map((line) => (line === '' ? '' : `    ${line}`)) };
}

function dispatch(binding: UnionBinding, wireName: string, plan: UnionPlan): string[] {
  const arms = binding.variants.map((v) => `when ${v.tags.map(literalSource).join(', ')} then ${classOf(v.type as never, plan.classes)}.new(value, strict:)`);
  return [`case union.tag(${stringLiteral(wireName)})`, ...arms, 'end'];
}

function tries(binding: UnionBinding, plan: UnionPlan): string[] {
  return binding.variants.map((variant) => {
    if (isObjectVariant(variant)) {
      const type = variant.type as { modelId: string };
      const consts = requiredConsts(plan.models.get(type.modelId));
      const args = [wordArray(variant.requiredKeys), ...(consts.length > 0 ? [consts.join(', ')] : [])].join(', ');
      return `return ${classOf(variant.type as never, plan.classes)}.new(value, strict:) if union.object_with?(${args})`;
    }
    if (variant.type.kind === 'literal') return `return value if value == ${literalSource(variant.type.value)}`;
    const descriptor = typeDescriptor(variant.type, plan.classes, plan.dates);
    return `return union.as(${descriptor}) if union.is?(${descriptor})`;
  });
}

/** `'object' => 'widget'` for each required `const` member of a model. */
function requiredConsts(model: Model | undefined): string[] {
  const binding = model?.bindings.find((b) => b.language === 'ruby');
  return (binding?.properties ?? []).filter((p) => !p.optional && p.type.kind === 'literal').map((p) => `${stringLiteral(p.wireName)} => ${literalSource((p.type as { value: string | number | boolean }).value)}`);
}

/** `%w[a b]` where rubocop's Style/WordArray wants it (two or more words), else `['a']`. */
export function wordArray(values: readonly string[]): string {
  if (values.length >= 2 && values.every((v) => WORD.test(v))) return `%w[${values.join(' ')}]`;
  return `[${values.map(stringLiteral).join(', ')}]`;
}

