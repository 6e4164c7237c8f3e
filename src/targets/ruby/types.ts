/**
 * Ruby types: the YARD type a property documents, and the expressions that
 * read a wire value into it and write it back. Only models need converting
 * (a Hash into their class and back) and map keys are made Strings; every
 * other value, `any` included, is passed through as JSON.parse gave it, so
 * Integers stay Integers and Floats stay Floats.
 */
import { assertNever, ModelType, TypeRef } from '../../ir/model';
import { className } from './naming';

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
 * The expression that reads the wire value `source` (an expression evaluated
 * once, such as `attributes['groups']`) into the property's Ruby value. Every
 * step is nil-safe, so `null` (or absence) reads as nil at any depth whether
 * the type says nullable or not: reading never fails on a null.
 */
export function readExpression(type: TypeRef, source: string, classes: ClassNames = NO_CLASSES): string {
  const model = modelOf(type);
  // A model at the top is the one place the source would be needed twice.
  if (model) return `${source}&.then { |value| ${classOf(model, classes)}.new(value) }`;
  return readValue(type, source, 0, classes) ?? source;
}

/** Reads the local variable or single-use expression `value`; null when it needs no conversion. */
function readValue(type: TypeRef, value: string, depth: number, classes: ClassNames): string | null {
  switch (type.kind) {
    case 'nullable':
      return readValue(type.inner, value, depth, classes);
    case 'model':
      return `${value} && ${classOf(type, classes)}.new(${value})`;
    case 'list': {
      const item = blockVariable('item', depth);
      const inner = readValue(type.items, item, depth + 1, classes);
      return inner === null ? null : `${value}&.map { |${item}| ${inner} }`;
    }
    case 'map': {
      // Keys become Strings, as documented, when the hash was given with Symbol keys.
      const [key, entry] = [blockVariable('key', depth), blockVariable('value', depth)];
      const inner = readValue(type.values, entry, depth + 1, classes);
      return inner === null ? `${value}&.transform_keys(&:to_s)` : `${value}&.to_h { |${key}, ${entry}| [${key}.to_s, ${inner}] }`;
    }
    default:
      return null;
  }
}

/**
 * The expression that writes the property's value (`@groups`) back as wire
 * JSON: models become hashes with wire keys. `nonNil` when the caller already
 * checked the value, so its first step needs no `&.`.
 */
export function writeExpression(type: TypeRef, value: string, nonNil = false): string {
  const expression = writeValue(type, value, 0) ?? value;
  return nonNil && expression.startsWith(`${value}&.`) ? `${value}.${expression.slice(value.length + 2)}` : expression;
}

function writeValue(type: TypeRef, value: string, depth: number): string | null {
  switch (type.kind) {
    case 'nullable':
      return writeValue(type.inner, value, depth);
    case 'model':
      return `${value}&.to_h`;
    case 'list': {
      const item = blockVariable('item', depth);
      const inner = writeValue(type.items, item, depth + 1);
      return inner === null ? null : `${value}&.map { |${item}| ${inner} }`;
    }
    case 'map': {
      const entry = blockVariable('value', depth);
      const inner = writeValue(type.values, entry, depth + 1);
      return inner === null ? null : `${value}&.transform_values { |${entry}| ${inner} }`;
    }
    default:
      return null;
  }
}

/** Nested blocks get numbered parameters (`item`, `item1`) so none shadows another. */
function blockVariable(base: string, depth: number): string {
  return depth === 0 ? base : `${base}${depth}`;
}

/** The model a value is, looking through nullable: only a model at the top needs `then`. */
function modelOf(type: TypeRef): ModelType | undefined {
  if (type.kind === 'nullable') return modelOf(type.inner);
  return type.kind === 'model' ? type : undefined;
}

/** Whether the type says the value may be `null` (at the top, not inside a list or map). */
export function isNullable(type: TypeRef): boolean {
  return type.kind === 'nullable';
}

