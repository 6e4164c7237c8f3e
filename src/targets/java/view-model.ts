/**
 * The data `templates/java/*.hbs` receive. Every name, literal, annotation and
 * comment line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Field, Model, Property } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { blockTag, componentName, docText, JavaDoc, javadoc, stringLiteral, typeName, uniqueNames } from './naming';
import { componentType, javaShape, javaType, presence, presenceDocLines } from './types';
import { stripNullable, typeParts } from '../../ir/type-walk';

export interface JavaComponentView {
  readonly type: string;
  readonly name: string;
}

/** A property whose type is a string literal: an accessor returning it, not a component. */
export interface JavaLiteralView {
  readonly doc: JavaDoc;
  readonly name: string;
  readonly value: string;
}

export interface JavaRecordView {
  readonly header: string;
  readonly packageName: string;
  readonly imports: readonly string[];
  readonly doc: JavaDoc;
  readonly name: string;
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
}

const JACKSON = 'com.fasterxml.jackson';

/** `java.util` types the components use (the Jackson types are imported apart). */
function collectionImports(properties: readonly Property[]): string[] {
  const kinds = new Set(properties.flatMap((p) => typeParts(p.type).map((t) => t.kind)));
  return [...(kinds.has('list') ? ['java.util.List'] : []), ...(kinds.has('map') ? ['java.util.Map'] : [])];
}

/** Members every record declares, which no property may take. */
const RECORD_MEMBERS = ['fromNode', 'fromNodeStrict', 'fromJsonStrict', 'toNode', 'SHAPE'];

/** The Java names of a binding's properties, unique across components and literal accessors, then the kept-raw component's. */
function memberNames(binding: Binding): { names: string[]; raw: string } {
  const names = uniqueNames(binding.properties.map((p) => componentName(p.name)), RECORD_MEMBERS);
  return { names, raw: uniqueNames(['rawFields'], [...RECORD_MEMBERS, ...names])[0] };
}

export function buildRecordView(model: Model, binding: Binding, header: string, packageName: string): JavaRecordView {
  const { names, raw } = memberNames(binding);
  const members = binding.properties.map((property, i) => ({ property, name: names[i] }));
  const components = members.filter((m) => m.property.type.kind !== 'literal');
  const literals = members.filter((m) => m.property.type.kind === 'literal');
  const jackson = ['annotation.JsonCreator', 'annotation.JsonValue', 'databind.JsonNode', 'databind.node.ObjectNode'];
  if (components.length > 0) jackson.push('core.type.TypeReference');
  const qualified = [...jackson.map((name) => `${JACKSON}.${name}`), ...collectionImports(components.map((m) => m.property))];
  const params = components.flatMap((m) => blockTag(`@param ${m.name}`, componentDocLines(m.property)));
  const rawParam = blockTag(`@param ${raw}`, ['What reading could not hold in the other components, replayed when written; ModelJson.Raw.NONE for a model built in code.']);
  const recordName = typeName(binding.name);
  const shape = binding.properties.map((p, i) => `ModelJson.field(${stringLiteral(p.wireName)}, ${!p.optional}, ${javaShape(p.type)})${i < binding.properties.length - 1 ? ',' : ');'}`);
  return {
    header,
    packageName,
    imports: qualified.sort(),
    doc: javadoc(modelDocLines(model), [...params, ...rawParam]),
    name: recordName,
    nameLiteral: stringLiteral(recordName),
    components: components.map((m) => ({ type: componentType(m.property), name: m.name })),
    raw,
    shape,
    nullables: components.filter((m) => presence(m.property) === 'optionalNullable').map((m) => m.name),
    convenienceDoc: javadoc([`A ${recordName} built in code, with nothing kept from a payload.`], params),
    parameters: components.map((m) => `${componentType(m.property)} ${m.name}`).join(', '),
    arguments: [...components.map((m) => m.name), 'ModelJson.Raw.NONE'].join(', '),
    literalReads: literals.map((m) => `reader.literal(${stringLiteral(m.property.wireName)}, ${javaShape(m.property.type)});`),
    reads: components.map((m) => readExpression(m.property)),
    writes: members.map((m) => writeCall(m.property, m.name)),
    literals: literals.map((m) => literalView(m.property, m.name)),
  };
}

/** The reader call giving a component its value. */
function readExpression(property: Property): string {
  const key = stringLiteral(property.wireName);
  const how = presence(property);
  const token = `new TypeReference<${javaType(property.type)}>() {}`;
  const shape = javaShape(stripNullable(property.type));
  if (how === 'optionalNullable') return `reader.readNullable(${key}, ${shape}, ${token})`;
  const empty = emptyValue(property);
  return `reader.read(${key}, ${shape}, ${token}, ${empty}, ${how === 'optional'}, ${how !== 'optional' && empty === 'null'})`;
}

/** The writer call for a documented key. */
function writeCall(property: Property, name: string): string {
  const key = stringLiteral(property.wireName);
  if (property.type.kind === 'literal') return `.literal(${key}, ${stringLiteral(String(property.type.value))})`;
  const how = presence(property);
  if (how === 'optionalNullable') return `.writeNullable(${key}, ${name})`;
  return `.write(${key}, ${name}, ${emptyValue(property)}, ${how === 'optional'})`;
}

/** What a component holds when reading cannot give it the value sent: null, or a primitive's zero. */
function emptyValue(property: Property): string {
  if (presence(property) !== 'required') return 'null';
  return { boolean: 'false', integer: '0L', number: '0.0' }[property.type.kind as string] ?? 'null';
}

/** Java has no optional marker, and no nullable one on this classpath, so the comment says what absence and null look like. */
function componentDocLines(property: Property): string[] {
  return [...propertyDocLines(property), ...presenceDocLines(property)];
}

function literalView(property: Property, name: string): JavaLiteralView {
  const value = property.type.kind === 'literal' ? property.type.value : '';
  const returns = `@return always <code>${docText(stringLiteral(String(value)))}</code>`;
  return { doc: javadoc(propertyDocLines(property), [returns]), name, value: stringLiteral(String(value)) };
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
