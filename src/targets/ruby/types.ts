/**
 * Ruby types: the YARD type a property documents, the type as data for the
 * shared runtime's reader, and the expression that writes a value back. Only
 * models need converting (a Hash into their class and back) and map keys are
 * made Strings; every other value, `any` included, is passed through as
 * JSON.parse gave it, so Integers stay Integers and Floats stay Floats.
 */
import { assertNever, LiteralValue, ModelType, TypeRef } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { className, stringLiteral } from './naming';
import { modelsIn, typeParts } from '../../ir/type-walk';

/** The class of each model of the run, by model id (see `rubyClassNames`). */
export type ClassNames = ReadonlyMap<string, string>;

const NO_CLASSES: ClassNames = new Map();

/** A referenced model's class: the run's plan when it has one, else its own escaped name. */
export function classOf(type: ModelType, classes: ClassNames = NO_CLASSES): string {
  return classes.get(type.modelId) ?? className(type.name);
}

/**
 * The YARD type of a value, without the brackets: `Array<WorkOS::DirectoryGroup>`,
 * `Hash{String => Object}`, `String, nil`. Models are qualified with the module path.
 */
export function docType(type: TypeRef, modulePath: string, classes: ClassNames = NO_CLASSES, dates = false): string {
  switch (type.kind) {
    case 'string':
      return dates && type.format === 'date-time' ? 'Time' : 'String';
    case 'literal':
      return literalDocType(type.value);
    case 'enum':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'integer':
      return 'Integer';
    case 'number':
      return 'Float';
    case 'any':
      return 'Object';
    case 'list':
      return `Array<${docType(type.items, modulePath, classes, dates)}>`;
    case 'map':
      return `Hash{String => ${docType(type.values, modulePath, classes, dates)}}`;
    case 'model':
      if (type.modelKind === 'enum') return 'String';
      return classOf(type, classes).startsWith('::') ? classOf(type, classes).slice(2) : `${modulePath}::${classOf(type, classes)}`;
    case 'nullable':
      return withNil(docType(type.inner, modulePath, classes, dates));
    default:
      return assertNever(type, 'type');
  }
}

function literalDocType(value: LiteralValue): string {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return Number.isInteger(value) ? 'Integer' : 'Float';
}

/** A `const` value as Ruby source: `'widget'`, `true`, `2`, `0.5`. */
export function literalSource(value: LiteralValue): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return String(value);
  const text = String(value);
  return Number.isInteger(value) || /[.e]/.test(text) ? text : `${text}.0`;
}

/** The `@return` type of a reader: nil is added when the property is optional (absent reads as nil). */
export function readerDocType(type: TypeRef, optional: boolean, modulePath: string, classes: ClassNames = NO_CLASSES, dates = false): string {
  const doc = docType(type, modulePath, classes, dates);
  return `[${optional ? withNil(doc) : doc}]`;
}

/** `T, nil` once: a nullable optional value is still just `T, nil`. */
function withNil(doc: string): string {
  return doc.endsWith(', nil') ? doc : `${doc}, nil`;
}

/**
 * The type as data for the shared runtime's reader (`ModelRuntime::Reader`):
 * `:string`, `[:list, DirectoryGroup]`, `[:nullable, [:map, :any]]`,
 * `[:literal, 'directory']`, `:date_time` (with `dates`). Models and unions
 * are their class and module constants, looked up when a payload is read,
 * so autoload loads them then; a named enum is a string.
 */
export function typeDescriptor(type: TypeRef, classes: ClassNames = NO_CLASSES, dates = false): string {
  return descriptorOf(jsonShape(type), classes, dates);
}

function descriptorOf(shape: JsonShape, classes: ClassNames, dates: boolean): string {
  switch (shape.kind) {
    case 'json':
      return dates && shape.format === 'date-time' ? ':date_time' : `:${shape.name}`;
    case 'literal':
      return `[:literal, ${literalSource(shape.value)}]`;
    case 'model':
      return shape.model.modelKind === 'enum' ? ':string' : classOf(shape.model, classes);
    case 'list':
    case 'map':
    case 'nullable':
      return tuple(`:${shape.kind}`, descriptorOf(shape.inner, classes, dates));
  }
}

/** `[:list, Group]`, or `%i[list string]` when every part is a symbol (as Style/SymbolArray wants). */
function tuple(...parts: readonly string[]): string {
  const symbols = parts.every((p) => /^:[a-z_]+$/.test(p));
  return symbols ? `%i[${parts.map((p) => p.slice(1)).join(' ')}]` : `[${parts.join(', ')}]`;
}

/**
 * The expression that writes the property's value (`@groups`) back as wire
 * JSON: a value holding models, unions or (with `dates`) times goes through
 * `ModelRuntime.wire_value`, which makes them hashes, raw values and texts
 * (and passes anything read as given through); any other value is JSON already.
 */
export function writeExpression(type: TypeRef, value: string, dates = false): string {
  const converts = modelsIn(type).some((ref) => ref.modelKind !== 'enum') || (dates && typeParts(type).some((t) => t.kind === 'string' && t.format === 'date-time'));
  return converts ? `ModelRuntime.wire_value(${value})` : value;
}
