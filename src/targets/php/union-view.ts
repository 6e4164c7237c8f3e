/**
 * A union in PHP: an interface (`ShapeEvent`) the variant classes implement,
 * a wrapper class for each variant that is not an object model
 * (`ScalarValueString`), an Unknown class keeping the value no variant takes,
 * and a reader class whose `fromValue` picks the variant. All names are
 * planned with the models' (class-refs.ts); every line is decided here.
 */
import { Model, ModelType, TypeRef, UnionBinding, UnionModel, UnionVariant } from '../../ir/model';
import { modelsIn, stripNullable } from '../../ir/type-walk';
import { modelDocLines } from '../doc-text';
import { headerText } from '../target';
import { unionExpectation } from '../union-expectation';
import { ClassNames, classRefs, readerKey, unknownKey, wrapperKey } from './class-refs';
import { docComment } from './doc-comment';
import { array, call, Expr, flat, ifLines, INDENT, layout, MAX_LINE, signature } from './expr';
import { stringLiteral } from './naming';
import { docType, Expressions, literalSource, nativeType, needsDocType, READ_VARIABLE, TypeContext } from './types';

/** The file of a union's interface, reader, Unknown class or one wrapper. */
export interface PhpUnionFileView {
  readonly template: 'union.php.hbs' | 'union-reader.php.hbs' | 'union-class.php.hbs';
  readonly name: string;
  readonly view: Record<string, unknown>;
}

/** The run's facts a union's files need. */
export interface UnionPlan {
  readonly namespace: string;
  readonly classes: ClassNames;
  readonly context: Pick<TypeContext, 'dates'>;
  /** Object models by id, for the `const` members undiscriminated variants must match. */
  readonly models: ReadonlyMap<string, Model>;
  /** Unions by id, for what a union nested in a union expects. */
  readonly unions: ReadonlyMap<string, UnionModel>;
}

/** A union's files: the interface, the reader, the Unknown class and the wrappers, in that order. */
export function unionFiles(union: UnionModel, binding: UnionBinding, plan: UnionPlan): PhpUnionFileView[] {
  const own = (key: string) => plan.classes.get(key) as string;
  const iface = own(union.id);
  const base = { header: docComment([headerText({ spec: union.source.name })], 0), namespace: plan.namespace };
  const variantNames = binding.variants.map((v) => (wraps(v) ? own(wrapperKey(union.id, v.id)) : refName(v.type)));
  const interfaceDoc = [...modelDocLines(union), ...(modelDocLines(union).length > 0 ? [''] : []), ...oneOfLines(union, variantNames, own(unknownKey(union.id)), own(readerKey(union.id)))];
  const deprecated = union.deprecated ? ['@deprecated'] : [];
  const files: PhpUnionFileView[] = [
    { template: 'union.php.hbs', name: iface, view: { ...base, name: iface, doc: docComment(interfaceDoc, 0, deprecated) } },
    { template: 'union-reader.php.hbs', name: own(readerKey(union.id)), view: { ...base, ...readerView(union, binding, plan) } },
    { template: 'union-class.php.hbs', name: own(unknownKey(union.id)), view: { ...base, ...unknownView(iface, own(unknownKey(union.id))) } },
  ];
  for (const variant of binding.variants.filter(wraps)) {
    const name = own(wrapperKey(union.id, variant.id));
    files.push({ template: 'union-class.php.hbs', name, view: { ...base, ...wrapperView(iface, name, variant, plan) } });
  }
  return files;
}

/** Object models implement the interface themselves; any other variant (a string, a list, another union) is wrapped. */
export function wraps(variant: UnionVariant): boolean {
  return !(variant.type.kind === 'model' && variant.type.modelKind === undefined);
}

function refName(type: TypeRef): string {
  return type.kind === 'model' ? type.name : type.kind;
}

function oneOfLines(union: UnionModel, variantNames: readonly string[], unknown: string, reader: string): string[] {
  const on = union.discriminator ? `, told apart by \`${union.discriminator.wireName}\`` : ', tried in this order';
  return [`One of${on}: ${variantNames.join(', ')}; else ${unknown}, which keeps the value as read.`, `Read with ${reader}::fromValue() or ${reader}::fromJson().`];
}

/** Promoted parameters of a union's small classes sit 8 columns in; statements of the reader too. */
const BODY_INDENT = 2 * INDENT;

function unknownView(iface: string, name: string): Record<string, unknown> {
  return {
    doc: docComment([`A ${iface} this version does not know: the value as read, written back unchanged.`], 0),
    imports: [],
    name,
    implements: iface,
    parameterDoc: docComment(['The value as decoded: a `\\stdClass` for an object read from JSON text.'], BODY_INDENT),
    parameterType: 'mixed',
    parameter: 'raw',
    writes: ['return $this->raw;'],
  };
}

function wrapperView(iface: string, name: string, variant: UnionVariant, plan: UnionPlan): Record<string, unknown> {
  const refs = classRefs(plan.namespace, name, [variant.type, ...readerRefs([variant.type], plan.classes)], undefined, plan.classes);
  const expressions = new Expressions(refs.nameOf, contextFor(plan, refs.nameOf));
  const type = variant.type;
  return {
    doc: docComment([`A ${iface} that is ${describe(type)}.`], 0),
    imports: refs.imports,
    name,
    implements: iface,
    parameterDoc: docComment([], BODY_INDENT, needsDocType(type) ? [`@var ${docType(type, refs.nameOf, plan.context.dates)}`] : []),
    parameterType: nativeType(type, refs.nameOf, plan.context.dates),
    parameter: 'value',
    writes: layout(expressions.write(type, '$this->value'), BODY_INDENT, 'return ', ';'),
  };
}

function describe(type: TypeRef): string {
  const bare = stripNullable(type);
  if (bare.kind === 'model') return bare.modelKind === 'enum' ? `a ${bare.name} value` : `a ${bare.name}`;
  if (bare.kind === 'literal') return `\`${JSON.stringify(bare.value)}\``;
  return { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean', any: 'any JSON value', list: 'a list', map: 'a map', enum: 'a string', nullable: 'a value' }[bare.kind];
}

/** The reader class: `fromJson` and `fromValue`, whose statements try the variants in the union's way. */
function readerView(union: UnionModel, binding: UnionBinding, plan: UnionPlan): Record<string, unknown> {
  const name = plan.classes.get(readerKey(union.id)) as string;
  const iface = plan.classes.get(union.id) as string;
  const unknown = plan.classes.get(unknownKey(union.id)) as string;
  const modelRefs = binding.variants.filter((v) => !wraps(v)).map((v) => v.type);
  const wrapped = binding.variants.filter(wraps).map((v) => v.type);
  const refs = classRefs(plan.namespace, name, [...modelRefs, ...wrapped, ...readerRefs(wrapped, plan.classes)], undefined, plan.classes);
  const expressions = new Expressions(refs.nameOf, contextFor(plan, refs.nameOf));
  const { kinds, expected } = unionExpectation(binding, 'php', plan.unions);
  const statements = union.discriminator ? dispatchStatements(binding, union.discriminator.wireName, refs.nameOf) : tryStatements(union.id, binding, plan, refs.nameOf, expressions);
  const unmatched = call(`${READ_VARIABLE}->unmatched`, '$value', array(...kinds.map(stringLiteral)), stringLiteral(expected));
  const runtime = call('new ModelRuntime', stringLiteral(iface), '$strict', '$objects ?? ModelRuntime::decodedWithObjects($value)');
  return {
    doc: docComment([`Reads a ${iface}: ${union.discriminator ? `by its \`${union.discriminator.wireName}\`` : 'the first variant that takes the value'}; a value no variant takes reads as ${unknown}.`], 0),
    imports: refs.imports,
    name,
    iface,
    fromJson: signature('public static function fromJson', ['string $json', 'bool $strict = false'], iface, INDENT),
    fromValue: signature('public static function fromValue', ['mixed $value', 'bool $strict = false', '?bool $objects = null'], iface, INDENT),
    statements: [...layout(runtime, BODY_INDENT, `${READ_VARIABLE} = `, ';'), ...statements, ...layout(unmatched, BODY_INDENT, '', ';'), `return new ${unknown}($value);`],
  };
}

/** `match` on the discriminator's value: each variant's tags select it. */
function dispatchStatements(binding: UnionBinding, wireName: string, nameOf: (ref: ModelType) => string): string[] {
  const pad = ' '.repeat(INDENT);
  const arms = binding.variants.flatMap((v) => matchArm(v.tags.map(literalSource).join(', '), call(`${nameOf(v.type as ModelType)}::fromArray`, '$object', '$strict'), BODY_INDENT + INDENT));
  return [
    `$object = ${READ_VARIABLE}->objectOf($value);`,
    '$variant = $object === null ? null : match (ModelRuntime::tagOf($object, ' + `${stringLiteral(wireName)})) {`,
    ...arms.map((arm) => pad + arm),
    `${pad}default => null,`,
    '};',
    'if ($variant !== null) {',
    `${pad}return $variant;`,
    '}',
  ];
}

/** `'tag' => X::fromArray($object, $strict),`, with `=>` on the next line when the tag and a long class name pass the line limit. */
function matchArm(tags: string, result: Expr, column: number): string[] {
  const one = `${tags} => ${flat(result)},`;
  if (column + [...one].length <= MAX_LINE) return [one];
  return [tags, ...layout(result, column + INDENT, '=> ', ',').map((line) => ' '.repeat(INDENT) + line)];
}

/** One `if` per variant, in order: an object model when its required keys (and `const` members) are there, any other when it reads. */
function tryStatements(unionId: string, binding: UnionBinding, plan: UnionPlan, nameOf: (ref: ModelType) => string, expressions: Expressions): string[] {
  const pad = ' '.repeat(INDENT);
  const objects = binding.variants.some((v) => !wraps(v));
  const statements = objects ? [`$object = ${READ_VARIABLE}->objectOf($value);`] : [];
  for (const variant of binding.variants) {
    const [test, result] = wraps(variant) ? wrappedTest(unionId, variant, plan, expressions) : objectTest(variant, plan, nameOf);
    statements.push(...ifLines(test, BODY_INDENT), `${pad}return ${result};`, '}');
  }
  return statements;
}

function objectTest(variant: UnionVariant, plan: UnionPlan, nameOf: (ref: ModelType) => string): [Expr, string] {
  const type = variant.type as ModelType;
  const consts = requiredConsts(plan.models.get(type.modelId));
  const keys = array(...variant.requiredKeys.map(stringLiteral));
  const args = consts.length > 0 ? [keys, array(...consts)] : [keys];
  return [call(`$object !== null && ${READ_VARIABLE}->matches`, '$object', ...args), `${nameOf(type)}::fromArray($object, $strict)`];
}

/** `'object' => 'widget'` for each required `const` member of a model, as its PHP binding documents it. */
function requiredConsts(model: Model | undefined): string[] {
  const binding = model?.bindings.find((b) => b.language === 'php');
  return (binding?.properties ?? []).filter((p) => !p.optional && p.type.kind === 'literal').map((p) => `${stringLiteral(p.wireName)} => ${literalSource((p.type as { value: string | number | boolean }).value)}`);
}

function wrappedTest(unionId: string, variant: UnionVariant, plan: UnionPlan, expressions: Expressions): [Expr, string] {
  const wrapper = plan.classes.get(wrapperKey(unionId, variant.id)) as string;
  if (variant.type.kind === 'literal') return [`$value === ${literalSource(variant.type.value)}`, `new ${wrapper}($value)`];
  return [call(`${READ_VARIABLE}->attempt`, expressions.reader(variant.type), '$value', '$read'), `new ${wrapper}($read)`];
}

/** How a class of this run reads and writes, given the names it writes. */
export function contextFor(plan: Pick<UnionPlan, 'classes' | 'context' | 'unions'>, nameOf: (ref: ModelType) => string): TypeContext {
  return {
    readerOf: (ref) => nameOf(readerRef(ref, plan.classes)),
    unionExpects: (ref) => {
      const binding = plan.unions.get(ref.modelId)?.bindings.find((b) => b.language === 'php');
      return binding ? unionExpectation(binding, 'php', plan.unions).expected : 'value';
    },
    dates: plan.context.dates,
  };
}

/** A reference to a union's reader class, so class-refs.ts plans its `use` line as any other class's. */
function readerRef(ref: ModelType, classes: ClassNames): ModelType {
  return { ...ref, modelId: readerKey(ref.modelId), name: classes.get(readerKey(ref.modelId)) ?? `${ref.name}Reader` };
}

/** The reader classes the unions inside `types` are read with: a class referring to a union names its reader too. */
export function readerRefs(types: readonly TypeRef[], classes: ClassNames): ModelType[] {
  return types.flatMap(modelsIn).filter((ref) => ref.modelKind === 'union').map((ref) => readerRef(ref, classes));
}
