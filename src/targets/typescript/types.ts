/**
 * IR types as TypeScript types, and the expressions that convert a value
 * between its wire shape and its SDK shape. Most types pass through
 * unchanged; models (wire keys ↔ js keys) and normalised enums (`linked` ↔
 * `active`) convert, and so does any list, map or nullable holding them.
 */
import { EnumModel, EnumType, Model, ModelType, TypeRef, UnionModel, assertNever } from '../../ir/model';
import { enumsIn } from '../../ir/type-walk';
import { literalText, typeName } from './naming';

/** The names an enum type declares; `wire` is set when SDK and wire values differ. */
export interface TsEnumNames {
  readonly name: string;
  readonly wire: { readonly name: string; readonly deserializeName: string; readonly serializeName: string } | null;
}

/** The type names the run's documents declare themselves: every model's and every enum's (see `documentedTypeNames`). */
export type TypeNames = ReadonlySet<string>;

const NO_NAMES: TypeNames = new Set();

/** What a `date-time` string is in the SDK types: the `dateTime` option. */
export type DateTimeType = 'string' | 'Date';
export const DATE_TIME_TYPES: readonly DateTimeType[] = ['string', 'Date'];

/** What every type of a run is rendered with. */
export interface TsTypeContext {
  readonly documented: TypeNames;
  readonly dateTime: DateTimeType;
}

const DEFAULT_CONTEXT: TsTypeContext = { documented: NO_NAMES, dateTime: 'string' };

/**
 * The wire type's name: `<name>Response`, unless a model or enum of the run
 * is documented with that name (a model `WidgetResponse` beside `Widget`);
 * then `<name>Response2`, ... The documented name keeps its name.
 */
function wireTypeName(name: string, documented: TypeNames): string {
  let wire = `${name}Response`;
  for (let n = 2; documented.has(wire); n++) wire = `${name}Response${n}`;
  return wire;
}

export function enumNames(type: EnumType, documented: TypeNames = NO_NAMES): TsEnumNames {
  const name = typeName(type.name);
  const differs = type.members.some((m) => m.primary && m.name !== m.wireValue);
  return { name, wire: differs ? { name: wireTypeName(name, documented), deserializeName: `deserialize${name}`, serializeName: `serialize${name}` } : null };
}

/** The names a model module exports: both interfaces, both converters, the strict reader and the shape it checks. */
export interface TsModelNames {
  readonly name: string;
  readonly wireName: string;
  readonly deserializeName: string;
  readonly serializeName: string;
  readonly strictName: string;
  readonly shapeName: string;
  /** A union's Unknown variant. */
  readonly unknownName: string;
}

/**
 * `deserialize<name>Strict`, unless a documented `<name>Strict` model would
 * own that name as its lenient reader; then `Strict2`, ...
 */
function strictReaderName(name: string, documented: TypeNames): string {
  let strict = 'Strict';
  for (let n = 2; documented.has(`${name}${strict}`); n++) strict = `Strict${n}`;
  return `deserialize${name}${strict}`;
}

export function modelNames(bindingName: string, documented: TypeNames = NO_NAMES): TsModelNames {
  const name = typeName(bindingName);
  return {
    name,
    wireName: wireTypeName(name, documented),
    deserializeName: `deserialize${name}`,
    serializeName: `serialize${name}`,
    strictName: strictReaderName(name, documented),
    shapeName: `shapeOf${name}`,
    unknownName: unknownVariantName(name, documented),
  };
}

/** `<name>Unknown`, unless a documented type owns that name; then `<name>Unknown2`, ... */
function unknownVariantName(name: string, documented: TypeNames): string {
  let unknown = `${name}Unknown`;
  for (let n = 2; documented.has(unknown); n++) unknown = `${name}Unknown${n}`;
  return unknown;
}

/** Every type name the models, unions and enums of the run declare in the js binding, and the models' inline enums. */
export function documentedTypeNames(models: readonly Model[], unions: readonly UnionModel[] = [], enums: readonly EnumModel[] = []): TypeNames {
  const names = new Set<string>();
  for (const binding of models.flatMap((m) => m.bindings.filter((b) => b.language === 'js'))) {
    names.add(typeName(binding.name));
    for (const property of binding.properties) for (const type of enumsIn(property.type)) names.add(typeName(type.name));
  }
  for (const binding of [...unions, ...enums].flatMap((u) => u.bindings.filter((b) => b.language === 'js'))) names.add(typeName(binding.name));
  return names;
}

/** The functions of the generated `_runtime.ts` that converters call, through the module's `runtime` namespace import. */
type RuntimeHelper = 'convertList' | 'convertMap' | 'convertModel';

/** Turns a value expression (an identifier or a property access) into the converted value. */
export interface Converter {
  /** A function that converts one value, usable point-free (`convertList(list, fn)`). */
  readonly fn: string | null;
  readonly apply: (value: string) => string;
  /** `apply` gives a `?:` expression. */
  readonly conditional?: boolean;
}

export interface TsType {
  /** The SDK type (js keys, SDK enum values). */
  readonly type: string;
  /** The wire type (wire keys, wire enum values). */
  readonly wireType: string;
  /** A top-level union, which needs parentheses as an array's element type. */
  readonly union: boolean;
  /**
   * The SDK type admits values the wire type does not (an open enum, a
   * union's Unknown variant): writing a value no converter handles casts it
   * to the wire type, which says what the API documents.
   */
  readonly open: boolean;
  /** Wire → SDK, or null when the value passes through unchanged. */
  readonly read: Converter | null;
  /** SDK → wire, or null when the value passes through unchanged. */
  readonly write: Converter | null;
}

const call = (fn: string): Converter => ({ fn, apply: (value) => `${fn}(${value})` });
/** A nested model is converted only when it is a JSON object; null, absent or another kind is kept as it came. */
const model = (fn: string): Converter => ({ fn: null, apply: (value) => `runtime.convertModel(${value}, ${fn})` });
const same = (type: string, union = false): TsType => ({ type, wireType: type, union, open: false, read: null, write: null });

/** The converter that writes a value of `type`: its own, or a cast where only the SDK type is wider. */
export function writeConverter(type: TsType): Converter | null {
  return type.write ?? (type.open ? { fn: null, apply: (value) => `${value} as ${type.wireType}` } : null);
}

/** `depth` counts the enclosing arrow functions, so nested ones get their own parameter names. */
export function tsType(type: TypeRef, depth = 0, context: TsTypeContext = DEFAULT_CONTEXT): TsType {
  const documented = context.documented;
  switch (type.kind) {
    case 'string':
      return type.format === 'date-time' && context.dateTime === 'Date' ? DATE_TIME : same('string');
    case 'literal':
      return same(literalText(type.value));
    case 'boolean':
      return same('boolean');
    // JavaScript has one number type; integers stay integral because nothing converts them.
    case 'integer':
    case 'number':
      return same('number');
    // Any JSON value, passed through as it came.
    case 'any':
      return same('unknown');
    case 'enum': {
      // The mapping functions return any value they do not map (null, absent, a number) as it came.
      const names = enumNames(type, documented);
      if (!names.wire) return same(names.name);
      return { type: names.name, wireType: names.wire.name, union: false, open: false, read: call(names.wire.deserializeName), write: call(names.wire.serializeName) };
    }
    case 'model':
      return referenceType(type, documented);
    case 'list':
      return listType(tsType(type.items, depth + 1, context), depth);
    case 'map':
      return mapType(tsType(type.values, depth + 1, context), depth);
    case 'nullable':
      return nullableType(tsType(type.inner, depth, context));
    default:
      return assertNever(type, 'type');
  }
}

const DATE_TIME: TsType = { type: 'Date', wireType: 'string', union: false, open: false, read: call('runtime.readDateTime'), write: call('runtime.writeDateTime') };

/**
 * A named type of the run. An object model converts only when the value is
 * a JSON object; a union's reader takes any JSON (what no variant takes is
 * its Unknown variant); a named enum's values are the same on both sides,
 * its SDK type open and its wire type exactly the documented values.
 */
function referenceType(type: ModelType, documented: TypeNames): TsType {
  const names = modelNames(type.name, documented);
  const both = { type: names.name, wireType: names.wireName, union: false };
  switch (type.modelKind) {
    case 'enum':
      return { ...both, open: true, read: null, write: null };
    case 'union':
      return { ...both, open: false, read: call(names.deserializeName), write: call(names.serializeName) };
    case undefined:
      return { ...both, open: false, read: model(names.deserializeName), write: model(names.serializeName) };
    default:
      return assertNever(type.modelKind, 'model kind');
  }
}

const suffix = (depth: number) => (depth === 0 ? '' : String(depth + 1));
const element = (type: string, union: boolean) => (union ? `(${type})[]` : `${type}[]`);

/** `helper(value, fn)`, converting each item; the helper keeps a value of another JSON kind as it came. */
function each(helper: RuntimeHelper, parameter: string, inner: Converter | null): Converter | null {
  if (!inner) return null;
  const body = inner.apply(parameter);
  // Prettier parenthesises a `?:` that is an arrow's body.
  const fn = inner.fn ?? `(${parameter}) => ${inner.conditional ? `(${body})` : body}`;
  return { fn: null, apply: (value) => `runtime.${helper}(${value}, ${fn})` };
}

function listType(items: TsType, depth: number): TsType {
  const item = `item${suffix(depth)}`;
  return { type: element(items.type, items.union), wireType: element(items.wireType, items.union), union: false, open: items.open, read: each('convertList', item, items.read), write: each('convertList', item, items.write) };
}

function mapType(values: TsType, depth: number): TsType {
  const entry = `value${suffix(depth)}`;
  return { type: `Record<string, ${values.type}>`, wireType: `Record<string, ${values.wireType}>`, union: false, open: values.open, read: each('convertMap', entry, values.read), write: each('convertMap', entry, values.write) };
}

function nullableType(inner: TsType): TsType {
  const convert = (c: Converter | null): Converter | null => c && { fn: null, conditional: true, apply: (value) => `${value} === null ? null : ${c.apply(value)}` };
  return { type: `${inner.type} | null`, wireType: `${inner.wireType} | null`, union: true, open: inner.open, read: convert(inner.read), write: convert(inner.write) };
}
