/**
 * The data `templates/php/*.hbs` receive. Every name, literal, expression and
 * comment line is decided here; the templates only lay them out.
 */
import { Binding, Model, ModelType, Property, TypeRef } from '../../ir/model';
import { memberFactLines } from '../doc-facts';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { headerText } from '../target';
import { ClassNames, classRefs } from './class-refs';
import { docComment, LINE_WIDTH, PhpDoc } from './doc-comment';
import { contextFor, readerRefs, UnionPlan } from './union-view';
import { call, INDENT, layout, MAX_LINE } from './expr';
import { className, propertyName, stringLiteral } from './naming';
import { docType, Expressions, NameOf, nativeType, needsDocType, READ_VARIABLE, RUNTIME_CLASS } from './types';
import { stripNullable } from '../../ir/type-walk';

/** A promoted constructor parameter, which is also the public readonly property. */
export interface PhpParameterView {
  readonly doc: PhpDoc;
  /** `?string`, `?array`, `mixed`, `?TreeNode`: every property reads as null when the payload cannot fill it. */
  readonly type: string;
  readonly name: string;
  /** ` = null` for an optional property, else empty. */
  readonly defaultValue: string;
}

export interface PhpClassView {
  readonly header: PhpDoc;
  readonly namespace: string;
  /** `use` targets for models of other namespaces. */
  readonly imports: readonly string[];
  readonly doc: PhpDoc;
  readonly name: string;
  /** `implements \JsonSerializable, ShapeEvent`: the union interfaces the class is a variant of, one a line when long. */
  readonly implementsLines: readonly string[];
  /** `$wire = new ModelRuntime('Directory', ...);`, laid out from column 8 (the class name is its error messages' model). */
  readonly runtimeLines: readonly string[];
  /** Required parameters first: PHP deprecates an optional parameter before a required one. */
  readonly parameters: readonly PhpParameterView[];
  /** `$wire`: the local holding the read's runtime instance. */
  readonly readVariable: string;
  /** The private property that keeps what the payload held and the properties cannot say. */
  readonly wireProperty: string;
  /** The named arguments of `new self(...)`, laid out from column 12. */
  readonly reads: readonly string[];
  /** The entries of the wire array in `jsonSerialize`, in the documented order, laid out from column 12. */
  readonly writes: readonly string[];
  /** The `return ModelRuntime::write(...)` statement of `jsonSerialize`, laid out from column 8. */
  readonly writeReturn: readonly string[];
}

/** Promoted parameters sit inside the class and the parameter list: 8 columns in. */
const PARAMETER_INDENT = 2 * INDENT;
/** Named arguments of `new self(` and entries of the wire array: 12 columns in. */
const ENTRY_INDENT = 3 * INDENT;
const WIRE_PROPERTY = 'wire';

interface Named {
  readonly property: Property;
  readonly name: string;
}

/** What a class needs from the rest of the run: the unions it is a variant of, and how unions and dates read. */
export interface ClassRun {
  readonly implements: readonly ModelType[];
  readonly plan: Pick<UnionPlan, 'classes' | 'context' | 'unions'>;
}

export function buildClassView(model: Model, binding: Binding, namespace: string, namespaceOption?: string, classes: ClassNames = new Map(), run?: ClassRun): PhpClassView {
  const name = classes.get(model.id) ?? className(binding.name);
  const names = uniqueNames(binding.properties.map((p) => propertyName(p.name)));
  const properties: Named[] = binding.properties.map((property, i) => ({ property, name: names[i] }));
  const ordered = [...properties.filter((p) => !p.property.optional), ...properties.filter((p) => p.property.optional)];
  const types = binding.properties.map((p) => p.type);
  const interfaces = run?.implements ?? [];
  const refs = classRefs(namespace, name, [...types, ...readerRefs(types, classes), ...interfaces], namespaceOption, classes);
  const context = run ? contextFor(run.plan, refs.nameOf) : undefined;
  const expressions = new Expressions(refs.nameOf, context);
  const dates = context?.dates ?? false;
  const wireProperty = freeName(WIRE_PROPERTY, names);
  const optionalKeys = properties.filter((p) => p.property.optional).map((p) => stringLiteral(p.property.wireName));
  return {
    header: docComment([headerText({ spec: model.source.name })], 0),
    namespace,
    imports: refs.imports,
    doc: docComment(modelDocLines(model), 0, model.deprecated ? ['@deprecated'] : []),
    name,
    implementsLines: implementsLines(name, ['\\JsonSerializable', ...interfaces.map(refs.nameOf)]),
    runtimeLines: layout(call('new ModelRuntime', stringLiteral(name), '$strict', '$data instanceof \\stdClass'), 2 * INDENT, `${READ_VARIABLE} = `, ';'),
    parameters: ordered.map((p) => parameterView(p, refs.nameOf, dates)),
    readVariable: READ_VARIABLE,
    wireProperty,
    reads: ordered.flatMap(({ property, name }) =>
      layout(expressions.readProperty(property.type, property.optional, stringLiteral(property.wireName)), ENTRY_INDENT, `${name}: `, ','),
    ),
    writes: properties.flatMap(({ property, name }) =>
      layout(expressions.write(property.type, `$this->${name}`), ENTRY_INDENT, `${stringLiteral(property.wireName)} => `, ','),
    ),
    writeReturn: writeReturn(optionalKeys, wireProperty),
  };
}

/** `final class X implements \JsonSerializable, A`, or the PSR-12 form with one interface a line when it passes the line limit. */
function implementsLines(name: string, interfaces: readonly string[]): string[] {
  const one = `final class ${name} implements ${interfaces.join(', ')}`;
  if (one.length <= MAX_LINE) return [one];
  return [`final class ${name} implements`, ...interfaces.map((i, n) => `${' '.repeat(INDENT)}${i}${n < interfaces.length - 1 ? ',' : ''}`)];
}

function parameterView({ property, name }: Named, nameOf: NameOf, dates: boolean): PhpParameterView {
  // Absent, null or of another JSON kind, any property reads as null, whatever its documented type.
  const type: TypeRef = property.type.kind === 'nullable' ? property.type : { kind: 'nullable', inner: property.type };
  const width = LINE_WIDTH - PARAMETER_INDENT - ' * '.length;
  const lines = paragraphs(propertyDocLines(property), typeDocLines(property.type), memberFactLines(property, width));
  const tags = [...(needsDocType(type) ? [`@var ${docType(type, nameOf, dates)}`] : []), ...(property.deprecated ? ['@deprecated'] : [])];
  return {
    doc: docComment(lines, PARAMETER_INDENT, tags),
    type: nativeType(type, nameOf, dates),
    name,
    defaultValue: property.optional ? ' = null' : '',
  };
}

/** `return ModelRuntime::write($data, [...], $this->wire);`, one argument a line when it does not fit. */
function writeReturn(optionalKeys: readonly string[], wireProperty: string): string[] {
  const args = ['$data', `[${optionalKeys.join(', ')}]`, `$this->${wireProperty}`];
  const one = `return ${RUNTIME_CLASS}::write(${args.join(', ')});`;
  if (2 * INDENT + one.length <= MAX_LINE) return [one];
  const pad = ' '.repeat(INDENT);
  return [`return ${RUNTIME_CLASS}::write(`, `${pad}$data,`, `${pad}[`, ...optionalKeys.map((k) => `${pad}${pad}${k},`), `${pad}],`, `${pad}$this->${wireProperty},`, ');'];
}

/** `name` unless a property took it, else `name2`, `name3`. */
function freeName(name: string, names: readonly string[]): string {
  let free = name;
  for (let n = 2; names.includes(free); n++) free = `${name}${n}`;
  return free;
}
/**
 * What the PHP type cannot say: a literal's value, an enum's known values (an
 * enum stays an open string, so reading never fails on a value the docs do not list).
 */
function typeDocLines(type: TypeRef): string[] {
  const bare = stripNullable(type);
  if (bare.kind === 'literal') return [`Always \`${typeof bare.value === 'string' ? bare.value : JSON.stringify(bare.value)}\`.`];
  if (bare.kind === 'model' && bare.modelKind === 'enum') return [`One of the ${bare.name} constants; a value it does not list is kept as read.`];
  if (bare.kind !== 'enum') return [];
  const values = [...new Set(bare.members.map((m) => m.wireValue))];
  return values.length === 0 ? [] : [`Known values: ${values.map((v) => `\`${v}\``).join(', ')}.`];
}

function paragraphs(...parts: readonly string[][]): string[] {
  return parts.filter((p) => p.length > 0).flatMap((p, i) => (i === 0 ? p : ['', ...p]));
}

/** Sanitised names can collide (`a-b` and `aB`); later ones get a number. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name}${n}`;
    seen.add(unique);
    return unique;
  });
}
