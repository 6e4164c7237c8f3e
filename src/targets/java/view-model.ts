/**
 * The data `templates/java/*.hbs` receive. Every name, literal, annotation and
 * comment line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Field, Model, Property, TypeRef, assertNever } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { blockTag, componentName, docText, JavaDoc, javadoc, stringLiteral, typeName, uniqueNames } from './naming';

export interface JavaComponentView {
  /** `@JsonProperty("wire")`, plus `@JsonInclude(...)` when optional. */
  readonly annotations: string;
  readonly type: string;
  readonly name: string;
  /** `,` between components, `) {` after the last. */
  readonly end: string;
}

/** A property whose type is a string literal: an accessor returning it, not a component. */
export interface JavaLiteralView {
  readonly doc: JavaDoc;
  readonly annotation: string;
  readonly name: string;
  readonly value: string;
}

export interface JavaRecordView {
  readonly header: string;
  readonly packageName: string;
  readonly imports: readonly string[];
  readonly doc: JavaDoc;
  readonly name: string;
  /** Wire names in documented order, each with its separator: `"id",`. */
  readonly propertyOrder: readonly string[];
  readonly components: readonly JavaComponentView[];
  readonly literals: readonly JavaLiteralView[];
}

const JACKSON = 'com.fasterxml.jackson.annotation';
const NON_NULL = '@JsonInclude(JsonInclude.Include.NON_NULL)';

/** The Java names of a binding's properties, unique across components and literal accessors. */
function memberNames(binding: Binding): string[] {
  return uniqueNames(binding.properties.map((p) => componentName(p.name)));
}

export function buildRecordView(model: Model, binding: Binding, header: string, packageName: string): JavaRecordView {
  const names = memberNames(binding);
  const members = binding.properties.map((property, i) => ({ property, name: names[i] }));
  const components = members.filter((m) => m.property.type.kind !== 'literal');
  const literals = members.filter((m) => m.property.type.kind === 'literal');
  const imports = ['JsonIgnoreProperties', 'JsonPropertyOrder'];
  if (members.length > 0) imports.push('JsonProperty');
  if (components.some((m) => m.property.optional)) imports.push('JsonInclude');
  const params = components.flatMap((m) => blockTag(`@param ${m.name}`, componentDocLines(m.property)));
  return {
    header,
    packageName,
    imports: imports.sort().map((name) => `${JACKSON}.${name}`),
    doc: javadoc(modelDocLines(model), params),
    name: typeName(binding.name),
    propertyOrder: members.map((m, i) => `${stringLiteral(m.property.wireName)}${i < members.length - 1 ? ',' : ''}`),
    components: components.map((m, i) => ({
      annotations: [`@JsonProperty(${stringLiteral(m.property.wireName)})`, ...(m.property.optional ? [NON_NULL] : [])].join(' '),
      type: componentType(m.property.type),
      name: m.name,
      end: i < components.length - 1 ? ',' : ') {',
    })),
    literals: literals.map((m) => literalView(m.property, m.name)),
  };
}

/** Java has no optional marker, so the comment says what absence looks like. */
function componentDocLines(property: Property): string[] {
  const lines = propertyDocLines(property);
  if (!property.optional) return lines;
  return [...lines, 'Optional: null when the payload omits it, and then omitted when written.'];
}

function literalView(property: Property, name: string): JavaLiteralView {
  const value = property.type.kind === 'literal' ? property.type.value : '';
  const returns = `@return always <code>${docText(stringLiteral(value))}</code>`;
  return {
    doc: javadoc(propertyDocLines(property), [returns]),
    // Read-only: the value is fixed, so whatever the payload carries is ignored when reading.
    annotation: `@JsonProperty(value = ${stringLiteral(property.wireName)}, access = JsonProperty.Access.READ_ONLY)`,
    name,
    value: stringLiteral(value),
  };
}

function componentType(type: TypeRef): string {
  switch (type.kind) {
    case 'string':
    case 'literal':
      return 'String';
    case 'enum':
      return typeName(type.name);
    // Replaced by this target's support for the general type system (issue 8).
    case 'boolean':
    case 'integer':
    case 'number':
    case 'any':
    case 'list':
    case 'map':
    case 'model':
    case 'nullable':
      throw new Error(`internal error: the java target does not render ${type.kind} types yet`);
    default:
      return assertNever(type, 'type');
  }
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
    if (property.type.kind !== 'enum') continue;
    const name = typeName(property.type.name);
    const use = uses.get(name) ?? { type: property.type, field: model.fields.find((f) => f.id === property.fieldId), specs: new Set<string>() };
    use.specs.add(model.source.path);
    uses.set(name, use);
  }
}
