/**
 * The data `templates/java/*.hbs` receive. Every name, literal, annotation and
 * comment line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Field, Model, Property, TypeDefinition, TypeRef } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { memberNoteLines, typeNoteLines } from '../member-notes';
import { blockTag, componentName, docText, JavaDoc, javadoc, literalExpression, stringLiteral, typeName, uniqueNames } from './naming';
import { componentType, isDateTime, javaShape, javaType, literalType, presence, presenceDocLines } from './types';
import { modelsIn, stripNullable, typeParts } from '../../ir/type-walk';

/** What a package's views need from the run beyond the model itself. */
export interface JavaContext {
  /** The `dateTime` option is `OffsetDateTime`. */
  readonly dates: boolean;
  /** Ids of the deprecated models, unions and enums: code naming one suppresses javac's deprecation warning. */
  readonly deprecated: ReadonlySet<string>;
}

export const NO_CONTEXT: JavaContext = { dates: false, deprecated: new Set() };

export interface JavaComponentView {
  readonly type: string;
  readonly name: string;
}

/** A property whose type is a `const`: an accessor returning it, not a component. */
export interface JavaLiteralView {
  readonly doc: JavaDoc;
  readonly annotation: string;
  readonly type: string;
  readonly name: string;
  readonly value: string;
}

/** What every file of one public type begins with, up to its declaration. */
export interface JavaTypeHead {
  readonly header: string;
  readonly packageName: string;
  readonly imports: readonly string[];
  readonly doc: JavaDoc;
  /** `@Deprecated` and `@SuppressWarnings("deprecation")` lines, as they apply. */
  readonly annotations: readonly string[];
  readonly name: string;
}

export interface JavaRecordView extends JavaTypeHead {
  /** The name as a Java string literal, for validation errors. */
  readonly nameLiteral: string;
  readonly components: readonly JavaComponentView[];
  /** The last component's name: what reading kept (`ModelJson.Raw`). */
  readonly raw: string;
  /** The `SHAPE` field's entries, each with its separator. */
  readonly shape: readonly string[];
  /** `JsonNullable` components, which the compact constructor turns from null into undefined. */
  readonly nullables: readonly string[];
  /** The constructor without the kept raw values: parameters and the arguments it passes on. */
  readonly convenienceDoc: JavaDoc;
  readonly parameters: string;
  readonly arguments: string;
  /** Statements reading the literals (checked, not held), then one expression per component. */
  readonly literalReads: readonly string[];
  readonly reads: readonly string[];
  /** The writer calls, one per documented key in order. */
  readonly writes: readonly string[];
  readonly literals: readonly JavaLiteralView[];
  /**
   * Deprecated components get an explicit `@Deprecated` accessor: on the
   * component itself javac 17 warns that the annotation has no effect on
   * the constructor parameter, which `-Werror` fails.
   */
  readonly deprecatedAccessors: readonly JavaComponentView[];
}

const JACKSON = 'com.fasterxml.jackson';

/** `java.util` and `java.time` types the components use (the Jackson types are imported apart). */
export function collectionImports(types: readonly TypeRef[], dates: boolean): string[] {
  const parts = types.flatMap((t) => typeParts(t));
  const kinds = new Set(parts.map((t) => t.kind));
  return [
    ...(parts.some((t) => isDateTime(t, dates)) ? ['java.time.OffsetDateTime'] : []),
    ...(kinds.has('list') ? ['java.util.List'] : []),
    ...(kinds.has('map') ? ['java.util.Map'] : []),
  ];
}

/** The Javadoc block tag of a deprecated type or member. */
export const DEPRECATED_TAG = blockTag('@deprecated', ['The API marks this deprecated.']);

/**
 * A deprecated type gets `@Deprecated`; code naming a deprecated type gets
 * `@SuppressWarnings("deprecation")`, since `javac -Xlint:all -Werror` fails
 * on such a use outside the type itself.
 */
export function deprecationAnnotations(definition: Pick<TypeDefinition, 'deprecated'>, types: readonly TypeRef[], context: JavaContext): string[] {
  const usesDeprecated = types.some((t) => modelsIn(t).some((m) => context.deprecated.has(m.modelId)));
  return [...(definition.deprecated ? ['@Deprecated'] : []), ...(usesDeprecated ? ['@SuppressWarnings("deprecation")'] : [])];
}

/** Members every record declares, which no property may take. */
const RECORD_MEMBERS = ['fromNode', 'fromNodeStrict', 'fromJsonStrict', 'toNode', 'SHAPE'];

/** The Java names of a binding's properties, unique across components and literal accessors, then the kept-raw component's. */
function memberNames(binding: Binding): { names: string[]; raw: string } {
  const names = uniqueNames(binding.properties.map((p) => componentName(p.name)), RECORD_MEMBERS);
  return { names, raw: uniqueNames(['rawFields'], [...RECORD_MEMBERS, ...names])[0] };
}

export function buildRecordView(model: Model, binding: Binding, header: string, packageName: string, context: JavaContext = NO_CONTEXT): JavaRecordView {
  const { names, raw } = memberNames(binding);
  const { dates } = context;
  const members = binding.properties.map((property, i) => ({ property, name: names[i] }));
  const components = members.filter((m) => m.property.type.kind !== 'literal');
  const literals = members.filter((m) => m.property.type.kind === 'literal');
  const jackson = ['annotation.JsonCreator', 'annotation.JsonValue', 'databind.JsonNode', 'databind.node.ObjectNode'];
  if (components.length > 0) jackson.push('core.type.TypeReference');
  const qualified = [...jackson.map((name) => `${JACKSON}.${name}`), ...collectionImports(components.map((m) => m.property.type), dates)];
  const params = components.flatMap((m) => blockTag(`@param ${m.name}`, componentDocLines(m.property, dates)));
  const rawParam = blockTag(`@param ${raw}`, ['What reading could not hold in the other components, replayed when written; ModelJson.Raw.NONE for a model built in code.']);
  const recordName = typeName(binding.name);
  const shape = binding.properties.map((p, i) => `ModelJson.field(${stringLiteral(p.wireName)}, ${!p.optional}, ${javaShape(p.type, dates)})${i < binding.properties.length - 1 ? ',' : ');'}`);
  const tags = [...params, ...rawParam, ...(model.deprecated ? DEPRECATED_TAG : [])];
  return {
    header,
    packageName,
    imports: qualified.sort(),
    doc: javadoc([...modelDocLines(model), ...paragraph(typeNoteLines(model))], tags),
    annotations: deprecationAnnotations(model, binding.properties.map((p) => p.type), context),
    name: recordName,
    nameLiteral: stringLiteral(recordName),
    components: components.map((m) => ({ type: componentType(m.property, dates), name: m.name })),
    raw,
    shape,
    nullables: components.filter((m) => presence(m.property) === 'optionalNullable').map((m) => m.name),
    convenienceDoc: javadoc([`A ${recordName} built in code, with nothing kept from a payload.`], params),
    parameters: components.map((m) => `${componentType(m.property, dates)} ${m.name}`).join(', '),
    arguments: [...components.map((m) => m.name), 'ModelJson.Raw.NONE'].join(', '),
    literalReads: literals.map((m) => `reader.literal(${stringLiteral(m.property.wireName)}, ${javaShape(m.property.type)});`),
    reads: components.map((m) => readExpression(m.property, dates)),
    writes: members.map((m) => writeCall(m.property, m.name)),
    literals: literals.map((m) => literalView(m.property, m.name)),
    deprecatedAccessors: components.filter((m) => m.property.deprecated).map((m) => ({ type: componentType(m.property, dates), name: m.name })),
  };
}

/** Lines set off as a paragraph of their own after whatever precedes them. */
const paragraph = (lines: readonly string[]) => (lines.length > 0 ? ['', ...lines] : []);

/** The reader call giving a component its value. */
function readExpression(property: Property, dates: boolean): string {
  const key = stringLiteral(property.wireName);
  const how = presence(property);
  const token = `new TypeReference<${javaType(property.type, true, '', dates)}>() {}`;
  const shape = javaShape(stripNullable(property.type), dates);
  if (how === 'optionalNullable') return `reader.readNullable(${key}, ${shape}, ${token})`;
  const empty = emptyValue(property);
  return `reader.read(${key}, ${shape}, ${token}, ${empty}, ${how === 'optional'}, ${how !== 'optional' && empty === 'null'})`;
}

/** The writer call for a documented key. */
function writeCall(property: Property, name: string): string {
  const key = stringLiteral(property.wireName);
  if (property.type.kind === 'literal') return `.literal(${key}, ${literalExpression(property.type.value)})`;
  const how = presence(property);
  if (how === 'optionalNullable') return `.writeNullable(${key}, ${name})`;
  return `.write(${key}, ${name}, ${emptyValue(property)}, ${how === 'optional'})`;
}

/** What a component holds when reading cannot give it the value sent: null, or a primitive's zero. */
function emptyValue(property: Property): string {
  if (presence(property) !== 'required') return 'null';
  return { boolean: 'false', integer: '0L', number: '0.0' }[property.type.kind as string] ?? 'null';
}

/**
 * Java has no optional marker, and no nullable one on this classpath, so the
 * comment says what absence and null look like; then the contract's notes.
 */
function componentDocLines(property: Property, dates: boolean): string[] {
  const deprecated = property.deprecated ? ['Deprecated: the API marks this deprecated.'] : [];
  return [...propertyDocLines(property), ...presenceDocLines(property, dates), ...memberNoteLines(property), ...deprecated];
}

function literalView(property: Property, name: string): JavaLiteralView {
  const value = property.type.kind === 'literal' ? property.type.value : '';
  const returns = `@return always <code>${docText(literalExpression(value))}</code>`;
  const tags = [returns, ...(property.deprecated ? DEPRECATED_TAG : [])];
  return {
    doc: javadoc([...propertyDocLines(property), ...paragraph(memberNoteLines(property))], tags),
    annotation: property.deprecated ? '@Deprecated' : '',
    type: literalType(value, false),
    name,
    value: literalExpression(value),
  };
}

/** An enum type and what its file needs: the field that documents it and every spec using it. */
export interface EnumUse {
  readonly type: EnumType;
  readonly field: Field | undefined;
  readonly specs: Set<string>;
}

/** Enum types by Java name: the first model that uses a name defines it. */
export function collectEnums(uses: Map<string, EnumUse>, model: Model, binding: Binding): void {
  for (const property of binding.properties) {
    // An enum may sit inside a list, a map or a nullable.
    const type = typeParts(property.type).find((t): t is EnumType => t.kind === 'enum');
    if (!type) continue;
    const name = typeName(type.name);
    const use = uses.get(name) ?? { type, field: model.fields.find((f) => f.id === property.fieldId), specs: new Set<string>() };
    use.specs.add(model.source.name);
    uses.set(name, use);
  }
}
