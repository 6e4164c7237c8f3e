/**
 * The data `templates/php/*.hbs` receive. Every name, literal and comment
 * line is decided here; the templates only lay them out.
 */
import { Binding, Model, Property, TypeRef, assertNever } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { headerText } from '../target';
import { docComment, PhpDoc } from './doc-comment';
import { className, propertyName, stringLiteral } from './naming';

/** A promoted constructor parameter, which is also the public readonly property. */
export interface PhpParameterView {
  readonly doc: PhpDoc;
  /** `string` or `?string`. */
  readonly type: string;
  readonly name: string;
  /** ` = null` for an optional property, else empty. */
  readonly defaultValue: string;
}

/** One named argument of `new self(...)` in `fromArray`. */
export interface PhpReadView {
  readonly name: string;
  /** The private static reader: `requiredString` or `optionalString`. */
  readonly reader: string;
  readonly wireKey: string;
}

/** One entry of the array `toArray` returns. */
export interface PhpWriteView {
  readonly wireKey: string;
  readonly name: string;
}

export interface PhpClassView {
  readonly header: PhpDoc;
  readonly namespace: string;
  readonly doc: PhpDoc;
  readonly name: string;
  /** Required parameters first: PHP deprecates an optional parameter before a required one. */
  readonly parameters: readonly PhpParameterView[];
  readonly reads: readonly PhpReadView[];
  /** In the documented order. */
  readonly writes: readonly PhpWriteView[];
  /** Optional values that are null are filtered out of `toArray`. */
  readonly hasOptional: boolean;
  readonly hasRequired: boolean;
}

/** Promoted parameters sit inside the class and the parameter list: 8 columns in. */
const PARAMETER_INDENT = 8;

export function buildClassView(model: Model, binding: Binding, namespace: string): PhpClassView {
  const names = uniqueNames(binding.properties.map((p) => propertyName(p.name)));
  const properties = binding.properties.map((property, i) => ({ property, name: names[i] }));
  const ordered = [...properties.filter((p) => !p.property.optional), ...properties.filter((p) => p.property.optional)];
  return {
    header: docComment([headerText([model.source.path])], 0),
    namespace,
    doc: docComment(modelDocLines(model), 0),
    name: className(binding.name),
    parameters: ordered.map(({ property, name }) => parameterView(property, name)),
    reads: ordered.map(({ property, name }) => ({
      name,
      reader: property.optional ? 'optionalString' : 'requiredString',
      wireKey: stringLiteral(property.wireName),
    })),
    writes: properties.map(({ property, name }) => ({ wireKey: stringLiteral(property.wireName), name })),
    hasOptional: properties.some((p) => p.property.optional),
    hasRequired: properties.some((p) => !p.property.optional),
  };
}

function parameterView(property: Property, name: string): PhpParameterView {
  return {
    doc: docComment(paragraphs(propertyDocLines(property), typeDocLines(property.type)), PARAMETER_INDENT),
    type: property.optional ? '?string' : 'string',
    name,
    defaultValue: property.optional ? ' = null' : '',
  };
}

/**
 * Every documented type is a PHP string: an enum stays open (reading never
 * fails on a value the docs do not list), so its values are only documented.
 */
function typeDocLines(type: TypeRef): string[] {
  switch (type.kind) {
    case 'string':
      return [];
    case 'literal':
      return [`Always \`${type.value}\`.`];
    case 'enum': {
      const values = [...new Set(type.members.map((m) => m.wireValue))];
      return values.length === 0 ? [] : [`Known values: ${values.map((v) => `\`${v}\``).join(', ')}.`];
    }
    // Replaced by this target's support for the general type system (issue 8).
    case 'boolean':
    case 'integer':
    case 'number':
    case 'any':
    case 'list':
    case 'map':
    case 'model':
    case 'nullable':
      throw new Error(`internal error: the php target does not render ${type.kind} types yet`);
    default:
      return assertNever(type, 'type');
  }
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
