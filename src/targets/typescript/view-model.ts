/**
 * The data `templates/typescript/*.hbs` receive. Every name, literal and
 * comment line is decided here; the templates only lay them out.
 */
import * as path from 'node:path';
import { Binding, EnumType, Field, Model, ModelType, Property, TypeRef } from '../../ir/model';
import { textLines } from '../doc-text';
import { camelCase, kebabCase } from '../naming';
import { memberDocLines, modelCommentLines } from './doc-lines';
import { absentTest, access, docComment, literalKey, memberNames, parameterName, propertyKey, requiredAccess, stringLiteral, TsDoc } from './naming';
import { shapeExpression } from './shape';
import { Converter, enumNames, modelNames, tsType, TsTypeContext, writeConverter } from './types';
import { enumsIn, modelsIn } from '../../ir/type-walk';
import { Layout } from './layout';

export interface TsEnumView {
  readonly doc: TsDoc;
  readonly name: string;
  readonly values: readonly string[];
  /** `export type <name> = ...;`, laid out as Prettier would. */
  readonly declaration: string;
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
  /** The wire type's declaration and the two converters' first lines, laid out as Prettier would. */
  readonly declaration: string;
  readonly deserializeHead: string;
  readonly serializeHead: string;
}

export interface TsPropertyView {
  readonly doc: TsDoc;
  readonly key: string;
  readonly wireKey: string;
  readonly optionalMark: string;
  readonly type: string;
  readonly wireType: string;
  /** The entry of the deserializer's object literal (`key: value` or a spread), laid out at 4 columns as Prettier would. */
  readonly read: string;
  /** The entry of the serializer's object literal, laid out likewise. */
  readonly write: string;
  /** The entry of the `shapeOf...` list: the wire key, its JSON shape and whether it may be absent. */
  readonly shape: string;
  /** `key?: type`, the interface member, without its `;`. */
  readonly member: string;
}

export interface TsModelView extends TsModelLayout {
  readonly header: string;
  /** The module that holds the shared helpers and the error type (`_runtime`), imported as `runtime`. */
  readonly runtime: string;
  /** `statement` is the whole `import { ... } from "...";`, laid out as Prettier would. */
  readonly imports: readonly { readonly names: readonly string[]; readonly from: string; readonly statement: string }[];
  readonly enums: readonly TsEnumView[];
  readonly doc: TsDoc;
  readonly name: string;
  readonly wireName: string;
  readonly deserializeName: string;
  readonly serializeName: string;
  readonly strictName: string;
  readonly shapeName: string;
  /** The model's name as strict reading's errors give it, as a string literal. */
  readonly nameLiteral: string;
  /** The serializer's parameter name. */
  readonly param: string;
  /** The parameters as declared: `_`-prefixed when a model without properties never reads them (`--noUnusedParameters`). */
  readonly paramDeclared: string;
  readonly responseParam: string;
  readonly properties: readonly TsPropertyView[];
}

/** The lines of a model module whose layout depends on their length, laid out as Prettier would (layout.ts). */
export interface TsModelLayout {
  /** `export type <wireName> = { ... };`, the wire type with its members. */
  readonly wireDeclaration: string;
  readonly deserializeHead: string;
  readonly serializeHead: string;
  readonly shapeHead: string;
  readonly strictHead: string;
  /** `return [...]` of the `shapeOf...` function, without its `;`. */
  readonly shapesReturn: string;
  /** The strict reader's two statements, without their `;`. */
  readonly strictCheck: string;
  readonly strictReturn: string;
}

export interface TsIndexView {
  readonly header: string;
  /** The runtime module (`_runtime`), at the top of the TypeScript folder. */
  readonly runtime: string;
  /** Module paths under the TypeScript folder, without extension (`directory`, `sso/connection`). */
  readonly modules: readonly string[];
  /** `""` or `".js"`, appended to each re-export. */
  readonly importExtension: string;
}

/** The module of the shared helpers and `ModelValidationError`; kebab-case model modules never start with `_`. */
export const RUNTIME_MODULE = '_runtime';

export function moduleName(model: Pick<Model, 'id'>): string {
  return moduleNameOf(model.id);
}

function moduleNameOf(modelId: string): string {
  return kebabCase(modelId);
}

/** Enum types are declared by the first model that uses them; later models import them. */
export type EnumOwners = Map<string, string>;

/** Where modules live: each model's module path under the TypeScript folder (`sso/connection`), and the extension relative imports carry. */
export interface ModuleLayout {
  readonly pathOf: (modelId: string) => string;
  /** `""`, or `".js"` for NodeNext ES modules, which resolve relative imports only with their extension. */
  readonly importExtension: string;
}

const FLAT_LAYOUT: ModuleLayout = { pathOf: moduleNameOf, importExtension: '' };

/** How a run renders: its type context and where its modules live. */
export interface TsRun {
  readonly types: TsTypeContext;
  readonly layout: ModuleLayout;
}

const DEFAULT_RUN: TsRun = { types: { documented: new Set(), dateTime: 'string' }, layout: FLAT_LAYOUT };

/** `./leaf` or `../sso/connection`: a module path as a relative import from module `from`. */
export function relativeImport(from: string, to: string, extension: string): string {
  const relative = path.posix.relative(path.posix.dirname(from), to);
  return `${relative.startsWith('.') ? '' : './'}${relative}${extension}`;
}

/** `layout` is the module's own: the target asks it afterwards whether the module still needs Prettier. */
export function buildModelView(model: Model, binding: Binding, header: string, owners: EnumOwners, run: TsRun = DEFAULT_RUN, layout = new Layout()): TsModelView {
  const param = parameterName(camelCase(binding.name) || 'model');
  const names = modelNames(binding.name, run.types.documented);
  const properties = withMemberNames(binding).map((p) => propertyView(p, param, run.types, layout));
  const used = binding.properties.length > 0;
  const view = {
    header,
    runtime: relativeImport(run.layout.pathOf(model.id), RUNTIME_MODULE, run.layout.importExtension),
    ...declarations(model, binding, owners, run, layout),
    doc: docComment(modelCommentLines(model)),
    ...names,
    nameLiteral: stringLiteral(names.name),
    param,
    paramDeclared: used ? param : `_${param}`,
    responseParam: used ? 'response' : '_response',
    properties,
  };
  return { ...view, ...modelLayout(view, layout) };
}

function modelLayout(view: Omit<TsModelView, keyof TsModelLayout>, layout: Layout): TsModelLayout {
  const head = (name: string, param: string, returns: string) => layout.functionHead(`export function ${name}`, [param], returns);
  const wireMembers = view.properties.map((p) => [`${p.wireKey}${p.optionalMark}`, p.wireType] as const);
  return {
    wireDeclaration: wireMembers.length === 0 ? `export type ${view.wireName} = Record<string, unknown>;` : layout.objectType(`export type ${view.wireName}`, wireMembers),
    deserializeHead: head(view.deserializeName, `${view.responseParam}: ${view.wireName}`, view.name),
    serializeHead: head(view.serializeName, `${view.paramDeclared}: ${view.name}`, view.wireName),
    shapeHead: layout.functionHead(`export function ${view.shapeName}`, [], 'readonly runtime.FieldShape[]'),
    strictHead: head(view.strictName, 'json: unknown', view.name),
    shapesReturn: layout.line('return ', `[${view.properties.map((p) => p.shape).join(', ')}]`, 2, ';'),
    strictCheck: layout.line('', `runtime.checkModel(${view.nameLiteral}, json, ${view.shapeName}())`, 2, ';'),
    strictReturn: layout.line('return ', `${view.deserializeName}(json as ${view.wireName})`, 2, ';'),
  };
}

/** Gathers a module's imports: module path → imported names. */
export class ImportList {
  private readonly byModule = new Map<string, Set<string>>();

  constructor(
    private readonly self: string,
    private readonly run: TsRun,
    private readonly layout = new Layout(),
  ) {}

  add(from: string, names: readonly string[]): void {
    if (from !== this.self) this.byModule.set(from, new Set([...(this.byModule.get(from) ?? []), ...names]));
  }

  /**
   * What the named types inside `type` need. Self-references need no import.
   * Import cycles (tree_node and leaf importing each other) are fine: the imported functions are
   * only called at run time, after every module has loaded.
   */
  addTypes(type: TypeRef): void {
    for (const ref of modelsIn(type)) this.add(this.run.layout.pathOf(ref.modelId), referenceImportNames(ref, this.run));
  }

  list(): TsModelView['imports'] {
    const sorted = [...this.byModule].sort(([a], [b]) => compare(a, b));
    return sorted.map(([module, list]) => {
      const names = [...list].sort((a, b) => compare(bare(a), bare(b)));
      const from = relativeImport(this.self, module, this.run.layout.importExtension);
      return { names, from, statement: this.layout.importDeclaration(names, from) };
    });
  }
}

/** The enums this module declares, and what it imports: enums declared elsewhere and other modules' models. */
function declarations(model: Model, binding: Binding, owners: EnumOwners, run: TsRun, layout: Layout): Pick<TsModelView, 'enums' | 'imports'> {
  const self = run.layout.pathOf(model.id);
  const enums: TsEnumView[] = [];
  const imports = new ImportList(self, run, layout);
  for (const property of binding.properties) {
    for (const type of enumsIn(property.type)) {
      const view = enumView(type, model.fields.find((f) => f.id === property.fieldId), run.types.documented, layout);
      const owner = owners.get(view.name);
      if (owner === undefined) {
        owners.set(view.name, self);
        enums.push(view);
      } else {
        imports.add(owner, enumImportNames(view));
      }
    }
    imports.addTypes(property.type);
  }
  return { enums, imports: imports.list() };
}

/** Types are imported with `type`, so the output also compiles under `verbatimModuleSyntax`. */
function enumImportNames(view: TsEnumView): string[] {
  return view.wire ? [`type ${view.name}`, `type ${view.wire.name}`, view.wire.deserializeName, view.wire.serializeName] : [`type ${view.name}`];
}

/** What a module referring to a model, union or named enum imports from its module. */
function referenceImportNames(ref: ModelType, run: TsRun): string[] {
  const names = modelNames(ref.name, run.types.documented);
  const types = [`type ${names.name}`, `type ${names.wireName}`];
  return ref.modelKind === 'enum' ? types : [...types, names.deserializeName, names.serializeName, names.shapeName];
}

const bare = (name: string) => name.replace(/^type /, '');
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function enumView(type: EnumType, field: Field | undefined, documented: TsTypeContext['documented'], layout: Layout): TsEnumView {
  const names = enumNames(type, documented);
  const sdkValues = unique(type.members.map((m) => m.name));
  const mappings = type.members.filter((m) => m.primary && m.name !== m.wireValue).map((m) => ({ wire: stringLiteral(m.wireValue), sdk: stringLiteral(m.name) }));
  const wireValues = unique(type.members.map((m) => m.wireValue)).map(stringLiteral);
  const values = sdkValues.map(stringLiteral);
  const open = (name: string, members: readonly string[]) => layout.typeAlias(`export type ${name}`, [...members, '(string & {})']);
  const wire = names.wire && {
    ...names.wire,
    values: wireValues,
    mappings,
    declaration: open(names.wire.name, wireValues),
    deserializeHead: layout.functionHead(`export function ${names.wire.deserializeName}`, [`value: ${names.wire.name}`], names.name),
    serializeHead: layout.functionHead(`export function ${names.wire.serializeName}`, [`value: ${names.name}`], names.wire.name),
  };
  return { doc: docComment(textLines(field?.description)), name: names.name, values, declaration: open(names.name, values), wire };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The binding's properties, each with its member name unique in the model (`memberNames`). */
export function withMemberNames(binding: Pick<Binding, 'properties'>): Property[] {
  const names = memberNames(binding);
  return binding.properties.map((p) => ({ ...p, name: names.get(p.wireName) ?? p.name }));
}

function propertyView(property: Property, param: string, types: TsTypeContext, layout: Layout): TsPropertyView {
  const converted = tsType(property.type, 0, types);
  const { type, wireType, read } = converted;
  const valueOf = property.optional ? access : requiredAccess;
  const optionalMark = property.optional ? '?' : '';
  const shape = `{ key: ${stringLiteral(property.wireName)}, shape: ${shapeExpression(property.type, types.documented)}, optional: ${property.optional} }`;
  return {
    doc: docComment(memberDocLines(property)),
    key: propertyKey(property.name),
    wireKey: propertyKey(property.wireName),
    optionalMark,
    type,
    wireType,
    read: layout.line('', entry(property.optional, literalKey(property.name), valueOf('response', property.wireName), read, absentTest('response', property.wireName)), 4, ','),
    write: layout.line('', entry(property.optional, literalKey(property.wireName), valueOf(param, property.name), writeConverter(converted), absentTest(param, property.name)), 4, ','),
    shape,
    member: layout.member(`${propertyKey(property.name)}${optionalMark}`, type, 2),
  };
}

/**
 * One entry of the object literal a (de)serializer returns. An optional key
 * is spread in only when the value is there, so absent stays absent (no
 * `key: undefined`, also under `exactOptionalPropertyTypes`) while `null`
 * is kept as `null`. A required key is always written; when the payload
 * lacks it the value is undefined, and `withoutAbsent` removes the key.
 */
export function entry(optional: boolean, key: string, value: string, convert: Converter | null, isAbsent = `${value} === undefined`): string {
  const converted = convert ? convert.apply(value) : value;
  return optional ? `...(${isAbsent} ? {} : { ${key}: ${converted} })` : `${key}: ${converted}`;
}
