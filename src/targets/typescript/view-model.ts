/**
 * The data `templates/typescript/*.hbs` receive. Every name, literal and
 * comment line is decided here; the templates only lay them out.
 */
import { Binding, EnumType, Field, Model, Property, TypeRef, assertNever } from '../../ir/model';
import { modelDocLines, propertyDocLines, textLines } from '../doc-text';
import { camelCase, kebabCase } from '../naming';
import { access, docComment, propertyKey, stringLiteral, TsDoc, typeName } from './naming';

export interface TsEnumView {
  readonly doc: TsDoc;
  readonly name: string;
  readonly values: readonly string[];
  /** Present when SDK values differ from wire values (`active` ↔ `linked`). */
  readonly wire: TsEnumWireView | null;
}

export interface TsEnumWireView {
  readonly name: string;
  readonly values: readonly string[];
  readonly deserializeName: string;
  readonly serializeName: string;
  /** Only the values that differ; the rest pass through unchanged. */
  readonly mappings: readonly { readonly wire: string; readonly sdk: string }[];
}

export interface TsPropertyView {
  readonly doc: TsDoc;
  readonly key: string;
  readonly wireKey: string;
  readonly optionalMark: string;
  readonly type: string;
  readonly wireType: string;
  readonly read: string;
  readonly write: string;
}

export interface TsModelView {
  readonly header: string;
  readonly imports: readonly { readonly names: readonly string[]; readonly from: string }[];
  readonly enums: readonly TsEnumView[];
  readonly doc: TsDoc;
  readonly name: string;
  readonly wireName: string;
  readonly deserializeName: string;
  readonly serializeName: string;
  /** The serializer's parameter name. */
  readonly param: string;
  readonly properties: readonly TsPropertyView[];
}

export interface TsIndexView {
  readonly header: string;
  readonly modules: readonly string[];
}

export function moduleName(model: Model): string {
  return kebabCase(model.id);
}

/** Enum types are declared by the first model that uses them; later models import them. */
export type EnumOwners = Map<string, string>;

export function buildModelView(model: Model, binding: Binding, header: string, owners: EnumOwners): TsModelView {
  const name = typeName(binding.name);
  const enums: TsEnumView[] = [];
  const imports = new Map<string, Set<string>>();
  for (const property of binding.properties) {
    if (property.type.kind !== 'enum') continue;
    const view = enumView(property.type, model.fields.find((f) => f.id === property.fieldId));
    const owner = owners.get(view.name);
    if (owner === undefined) {
      owners.set(view.name, moduleName(model));
      enums.push(view);
    } else if (owner !== moduleName(model)) {
      const names = imports.get(owner) ?? new Set<string>();
      for (const n of enumTypeNames(view)) names.add(n);
      imports.set(owner, names);
    }
  }
  const param = camelCase(binding.name) || 'model';
  return {
    header,
    imports: [...imports].map(([from, names]) => ({ names: [...names].sort(), from: `./${from}` })),
    enums,
    doc: docComment(modelDocLines(model)),
    name,
    wireName: `${name}Response`,
    deserializeName: `deserialize${name}`,
    serializeName: `serialize${name}`,
    param,
    properties: binding.properties.map((p) => propertyView(p, model, param)),
  };
}

function enumTypeNames(view: TsEnumView): string[] {
  return view.wire ? [view.name, view.wire.name, view.wire.deserializeName, view.wire.serializeName] : [view.name];
}

function enumView(type: EnumType, field: Field | undefined): TsEnumView {
  const name = typeName(type.name);
  const sdkValues = unique(type.members.map((m) => m.name));
  const mappings = type.members.filter((m) => m.primary && m.name !== m.wireValue).map((m) => ({ wire: stringLiteral(m.wireValue), sdk: stringLiteral(m.name) }));
  const wireValues = unique(type.members.map((m) => m.wireValue));
  return {
    doc: docComment(textLines(field?.description)),
    name,
    values: sdkValues.map(stringLiteral),
    wire:
      mappings.length === 0
        ? null
        : { name: `${name}Response`, values: wireValues.map(stringLiteral), deserializeName: `deserialize${name}`, serializeName: `serialize${name}`, mappings },
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function propertyView(property: Property, model: Model, param: string): TsPropertyView {
  const field = model.fields.find((f) => f.id === property.fieldId);
  const { type, wireType, convert } = typeView(property.type, field);
  const wireRead = access('response', property.wireName);
  const sdkRead = access(param, property.name);
  const guard = (value: string, fn: string) => (property.optional ? `${value} === undefined ? undefined : ${fn}(${value})` : `${fn}(${value})`);
  return {
    doc: docComment(propertyDocLines(property)),
    key: propertyKey(property.name),
    wireKey: propertyKey(property.wireName),
    optionalMark: property.optional ? '?' : '',
    type,
    wireType,
    read: convert ? guard(wireRead, convert.deserialize) : wireRead,
    write: convert ? guard(sdkRead, convert.serialize) : sdkRead,
  };
}

function typeView(type: TypeRef, field: Field | undefined): { type: string; wireType: string; convert?: { deserialize: string; serialize: string } } {
  switch (type.kind) {
    case 'string':
      return { type: 'string', wireType: 'string' };
    case 'literal':
      return { type: stringLiteral(type.value), wireType: stringLiteral(type.value) };
    case 'enum': {
      const view = enumView(type, field);
      if (!view.wire) return { type: view.name, wireType: view.name };
      return { type: view.name, wireType: view.wire.name, convert: { deserialize: view.wire.deserializeName, serialize: view.wire.serializeName } };
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
      throw new Error(`internal error: the typescript target does not render ${type.kind} types yet`);
    default:
      return assertNever(type, 'type');
  }
}
