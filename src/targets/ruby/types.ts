/**
 * Ruby types: the YARD type a property documents, the type as data for the
 * shared runtime's reader, and the expression that writes a value back. Only
 * models need converting (a Hash into their class and back) and map keys are
 * made Strings; every other value, `any` included, is passed through as
 * JSON.parse gave it, so Integers stay Integers and Floats stay Floats.
 */
import { assertNever, ModelType, TypeRef } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { className, stringLiteral } from './naming';
import { modelsIn } from '../../ir/type-walk';

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
export function docType(type: TypeRef, modulePath: string, classes: ClassNames = NO_CLASSES): string {
  switch (type.kind) {
    case 'string':
    case 'literal':
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
      return `Array<${docType(type.items, modulePath, classes)}>`;
    case 'map':
      return `Hash{String => ${docType(type.values, modulePath, classes)}}`;
    case 'model':
      return classOf(type, classes).startsWith('::') ? classOf(type, classes).slice(2) : `${modulePath}::${classOf(type, classes)}`;
    case 'nullable':
      return withNil(docType(type.inner, modulePath, classes));
    default:
      return assertNever(type, 'type');
  }
}

/** The `@return` type of a reader: nil is added when the property is optional (absent reads as nil). */
export function readerDocType(type: TypeRef, optional: boolean, modulePath: string, classes: ClassNames = NO_CLASSES): string {
  const doc = docType(type, modulePath, classes);
  return `[${optional ? withNil(doc) : doc}]`;
}

/** `T, nil` once: a nullable optional value is still just `T, nil`. */
function withNil(doc: string): string {
  return doc.endsWith(', nil') ? doc : `${doc}, nil`;
}

/**
 * The type as data for the shared runtime's reader (`ModelRuntime::Reader`):
 * `:string`, `[:list, DirectoryGroup]`, `[:nullable, [:map, :any]]`,
 * `[:literal, 'directory']`. Models are their class constants, looked up
 * when a payload is read, so autoload loads them then.
 */
export function typeDescriptor(type: TypeRef, classes: ClassNames = NO_CLASSES): string {
  return descriptorOf(jsonShape(type), classes);
}

function descriptorOf(shape: JsonShape, classes: ClassNames): string {
  switch (shape.kind) {
    case 'json':
      return `:${shape.name}`;
    case 'literal':
      return `[:literal, ${stringLiteral(String(shape.value))}]`;
    case 'model':
      return classOf(shape.model, classes);
    case 'list':
    case 'map':
    case 'nullable':
      return tuple(`:${shape.kind}`, descriptorOf(shape.inner, classes));
  }
}

/** `[:list, Group]`, or `%i[list string]` when every part is a symbol (as Style/SymbolArray wants). */
function tuple(...parts: readonly string[]): string {
  const symbols = parts.every((p) => /^:[a-z_]+$/.test(p));
  return symbols ? `%i[${parts.map((p) => p.slice(1)).join(' ')}]` : `[${parts.join(', ')}]`;
}

/**
 * The expression that writes the property's value (`@groups`) back as wire
 * JSON: a value holding models goes through `ModelRuntime.wire_value`, which
 * makes them hashes (and passes anything read as given through); any other
 * value is JSON already.
 */
export function writeExpression(type: TypeRef, value: string): string {
  return modelsIn(type).length > 0 ? `ModelRuntime.wire_value(${value})` : value;
}
