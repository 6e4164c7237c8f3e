/**
 * The data `templates/java/*.hbs` receive. Every name, literal, annotation and
 * comment line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Field, Model, Property } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { blockTag, componentName, docText, JavaDoc, javadoc, stringLiteral, typeName, uniqueNames } from './naming';
import { componentType, JSON_NULLABLE, presence, presenceDocLines } from './types';
import { typeParts } from '../../ir/type-walk';

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
  /** A blank line before it: something precedes it in the record body. */
  readonly gap: boolean;
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
  /** Turns a null `JsonNullable` component into undefined, so accessors never return null; null when there is none. */
  readonly compactConstructor: { readonly doc: JavaDoc; readonly statements: readonly string[] } | null;
  readonly literals: readonly JavaLiteralView[];
}

const JACKSON = 'com.fasterxml.jackson.annotation';
/** Optional: null means absent, so null is not written. */
const NON_NULL = '@JsonInclude(JsonInclude.Include.NON_NULL)';
/** Optional and nullable: only an undefined `JsonNullable` is left out; of(null) is written as null. */
const NON_UNDEFINED = `@JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ${JSON_NULLABLE}.Undefined.class)`;

function annotations(property: Property): string {
  const wire = `@JsonProperty(${stringLiteral(property.wireName)})`;
  switch (presence(property)) {
    case 'optional':
      return `${wire} ${NON_NULL}`;
    case 'optionalNullable':
      return `${wire} ${NON_UNDEFINED}`;
    default:
      return wire;
  }
}

/** `java.util` types the components use (the Jackson annotations are imported apart). */
function collectionImports(properties: readonly Property[]): string[] {
  const kinds = new Set(properties.flatMap((p) => typeParts(p.type).map((t) => t.kind)));
  return [...(kinds.has('list') ? ['java.util.List'] : []), ...(kinds.has('map') ? ['java.util.Map'] : [])];
}

/** Whether a binding needs the `JsonNullable` wrapper generated beside it. */
export function usesJsonNullable(binding: Binding): boolean {
  return binding.properties.some((p) => p.type.kind !== 'literal' && presence(p) === 'optionalNullable');
}

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
  const qualified = [...imports.map((name) => `${JACKSON}.${name}`), ...collectionImports(components.map((m) => m.property))];
  const wrapped = components.filter((m) => presence(m.property) === 'optionalNullable').map((m) => m.name);
  const compactConstructor =
    wrapped.length === 0
      ? null
      : {
          doc: javadoc([`Takes a null ${JSON_NULLABLE} component as ${JSON_NULLABLE}.undefined().`]),
          statements: wrapped.map((name) => `${name} = ${JSON_NULLABLE}.orUndefined(${name});`),
        };
  const params = components.flatMap((m) => blockTag(`@param ${m.name}`, componentDocLines(m.property)));
  return {
    header,
    packageName,
    imports: qualified.sort(),
    doc: javadoc(modelDocLines(model), params),
    name: typeName(binding.name),
    propertyOrder: members.map((m, i) => `${stringLiteral(m.property.wireName)}${i < members.length - 1 ? ',' : ''}`),
    components: components.map((m, i) => ({
      annotations: annotations(m.property),
      type: componentType(m.property),
      name: m.name,
      end: i < components.length - 1 ? ',' : ') {',
    })),
    compactConstructor,
    literals: literals.map((m, i) => literalView(m.property, m.name, i > 0 || compactConstructor !== null)),
  };
}

/** Java has no optional marker, and no nullable one on this classpath, so the comment says what absence and null look like. */
function componentDocLines(property: Property): string[] {
  return [...propertyDocLines(property), ...presenceDocLines(property)];
}

function literalView(property: Property, name: string, gap: boolean): JavaLiteralView {
  const value = property.type.kind === 'literal' ? property.type.value : '';
  const returns = `@return always <code>${docText(stringLiteral(value))}</code>`;
  return {
    doc: javadoc(propertyDocLines(property), [returns]),
    // Read-only: the value is fixed, so whatever the payload carries is ignored when reading.
    annotation: `@JsonProperty(value = ${stringLiteral(property.wireName)}, access = JsonProperty.Access.READ_ONLY)`,
    name,
    value: stringLiteral(value),
    gap,
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
