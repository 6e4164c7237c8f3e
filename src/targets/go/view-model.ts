/**
 * The data `templates/go/*.hbs` receive. Names, literals, comment lines and
 * gofmt's column padding are decided here; the templates only lay them out.
 */
import { EnumType, Model, Property } from '../../ir/model';
import { modelDocLines, propertyDocLines, textLines } from '../doc-text';
import { HeaderOrigin, headerText, TargetError } from '../target';
import { alignColumns } from './columns';
import { goDocLines, sanitize } from './doc-comment';
import { printable } from '../../diagnostics/printable';
import { exportedName, fileStem, goString, jsonTag, NameScope, wireKeyProblem } from './naming';
import { GoPackagePlan, GoPlan } from './package-plan';
import { fieldType, goShape, GoTypeNames, mentionsTime, reachesByValue, shapeFunction } from './types';
import { deprecation, memberNotes, typeNotes, withParagraphs } from './doc-notes';
import { enumDeclaration, GoEnumFileView, GoEnumView, namedEnumView } from './enum-view';
import { GoUnionView, unionView } from './union-view';
import { admitsNull, enumsIn } from '../../ir/type-walk';

export interface GoFileView {
  readonly header: string;
  readonly packageName: string;
  /** Import lines of the packages this file names types of (other generated packages, "time"), sorted. */
  readonly imports: readonly string[];
  readonly enums: readonly GoEnumView[];
  readonly doc: readonly string[];
  readonly name: string;
  readonly fields: readonly GoFieldView[];
  /** The struct name as a Go string literal, for validation errors. */
  readonly modelName: string;
  /** `UnmarshalDirectoryStrict`: the strict reader, named in the package scope. */
  readonly strictName: string;
  /** `modelgenShapeOfDirectory`: the function giving the model's shape. */
  readonly shapeName: string;
}

export interface GoFieldView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly namePadding: string;
  readonly type: string;
  readonly typePadding: string;
  readonly tag: string;
  /** The wire name as a Go string literal. */
  readonly wireName: string;
  /** Whether the Go type stands for an absent key itself (a pointer or Nullable, left out by omitempty). */
  readonly holdsAbsent: boolean;
  /** Whether the Go type holds null itself (a pointer written as null, Nullable, interface{}). */
  readonly holdsNull: boolean;
  /** The reader and writer methods: `readExact`/`writeExact` keep the wire text of a field that would be written back spelled otherwise (a time.Time). */
  readonly reader: 'read' | 'readExact';
  readonly writer: 'write' | 'writeExact';
  /** The field in the model's shape: `{"id", true, modelgenKind("string")}` (wire name, required, what the docs say the value is). */
  readonly shapeEntry: string;
}

export interface GoFile {
  readonly stem: string;
  /** The specs the file comes from. */
  readonly specs: readonly string[];
  /** The template that lays the file out. */
  readonly template: 'model.go.hbs' | 'nullable.go.hbs' | 'union.go.hbs' | 'enum.go.hbs';
  readonly view: GoFileView | GoHelperView | GoUnionView | GoEnumFileView;
}

/** The file declaring `Nullable` for a package's optional-and-nullable fields. */
export interface GoHelperView {
  readonly header: string;
  readonly packageName: string;
  /** Some field is optional and nullable, so the file declares `Nullable`. */
  readonly usesNullable: boolean;
  /** The package declares unions, so the file has their reading and strict-reading helpers. */
  readonly usesUnions: boolean;
  /** Some field reads with `readExact`, or some union variant writes through `modelgenExactly`, so the file declares them. */
  readsExact: boolean;
}

/** How the files of a package name what they refer to, from the target's options. */
export interface GoSettings {
  readonly module: string;
  readonly dateTimeAsTime: boolean;
}

export const goHeader = (origin: HeaderOrigin) => `// ${sanitize(headerText(origin))}`;

/** The file name of the helper; claimed before the models' so a model cannot take it. */
export const HELPER_STEM = 'modelgen_types';

/**
 * The files of one package. Types, enum types and constants share the
 * package scope, so every name is claimed there once; an enum type is
 * declared by the first model that uses it.
 */
export function buildPackage(pkg: GoPackagePlan, plan: GoPlan, settings: GoSettings): GoFile[] {
  const stems = new NameScope();
  const files: GoFile[] = [];
  // Every model reads and writes through the helpers, so every package has the file; its header says what it is.
  const specs = [...new Set([...pkg.models.map((m) => m.model), ...pkg.unions.map((u) => u.union), ...pkg.enums.map((e) => e.enum)].map((d) => d.source.name))];
  const helper: GoHelperView = {
    header: goHeader({ shared: `the helpers of package ${pkg.packageName}` }),
    packageName: pkg.packageName,
    usesNullable: pkg.usesNullable,
    usesUnions: pkg.unions.length > 0,
    readsExact: false,
  };
  files.push({ stem: stems.claim(HELPER_STEM), specs, template: 'nullable.go.hbs', view: helper });
  const enumNames = new Map<string, string>();
  pkg.models.forEach(({ model, binding }, i) => {
    const enums: GoEnumView[] = [];
    for (const property of binding.properties) {
      for (const type of enumsIn(property.type)) {
        const documented = exportedName(type.name, 'Enum');
        if (enumNames.has(documented)) continue;
        const name = pkg.scope.claim(documented);
        enumNames.set(documented, name);
        enums.push(enumView(name, type, model, property, pkg.scope));
      }
    }
    const imports = new Set<string>();
    const names = typeNames(pkg, plan, { id: model.id, name: pkg.structNames[i] }, enumNames, settings, (other) => imports.add(importPath(settings.module, other)));
    const fields = fieldViews(binding.properties, names);
    if (fields.some((f) => mentionsTime(f.type))) imports.add(goString('time'));
    helper.readsExact ||= fields.some((f) => f.reader === 'readExact');
    const view: GoFileView = {
      header: goHeader({ spec: model.source.name }),
      packageName: pkg.packageName,
      imports: [...imports].sort(),
      enums,
      doc: withParagraphs(goDocLines(pkg.structNames[i], modelDocLines(model)), typeNotes(model), deprecation(model.deprecated, 'type')),
      name: pkg.structNames[i],
      fields,
      modelName: goString(pkg.structNames[i]),
      strictName: pkg.strictNames[i],
      shapeName: shapeFunction(pkg.structNames[i]),
    };
    files.push({ stem: stems.claim(fileStem(model.id)), specs: [model.source.name], template: 'model.go.hbs', view });
  });
  pkg.unions.forEach((goUnion, i) => {
    const imports = new Set<string>([goString('encoding/json')]);
    const names = typeNames(pkg, plan, { id: goUnion.union.id, name: pkg.unionNames[i] }, enumNames, settings, (other) => imports.add(importPath(settings.module, other)));
    const view = unionView(goUnion, { name: pkg.unionNames[i], strictName: pkg.unionStrictNames[i], header: goHeader({ spec: goUnion.union.source.name }), packageName: pkg.packageName }, names, imports);
    helper.readsExact ||= view.exact;
    files.push({ stem: stems.claim(fileStem(goUnion.union.id)), specs: [goUnion.union.source.name], template: 'union.go.hbs', view });
  });
  pkg.enums.forEach(({ enum: named, binding }, i) => {
    const view: GoEnumFileView = { header: goHeader({ spec: named.source.name }), packageName: pkg.packageName, enums: [namedEnumView(pkg.enumNames[i], named, binding, pkg.scope)] };
    files.push({ stem: stems.claim(fileStem(named.id)), specs: [named.source.name], template: 'enum.go.hbs', view });
  });
  return files;
}

/** `"github.com/acme/sdk/models/sso"`: the import line's quoted path of a generated package. */
function importPath(module: string, packageName: string): string {
  return goString(`${module}/${packageName}`);
}

/** How the type named `from` names other types: a model of another generated package by its package name. */
function typeNames(pkg: GoPackagePlan, plan: GoPlan, from: { readonly id: string; readonly name: string }, enumNames: ReadonlyMap<string, string>, settings: GoSettings, imported: (packageName: string) => void): GoTypeNames {
  return {
    dateTimeAsTime: settings.dateTimeAsTime,
    model(modelId) {
      const placement = plan.placements.get(modelId);
      const owner = `${pkg.packageName}.${from.name}`;
      // The normaliser resolves a go type name only to models with a go binding.
      if (!placement) throw new Error(`internal error: go: ${owner} refers to model ${modelId}, which has no Go binding`);
      if (placement.packageName === pkg.packageName) return placement.structName;
      imported(placement.packageName);
      return `${placement.packageName}.${placement.structName}`;
    },
    enum(type) {
      const name = enumNames.get(exportedName(type.name, 'Enum'));
      if (name === undefined) throw new Error(`internal error: enum ${type.name} used before it was declared`);
      return name;
    },
    isCyclic: (modelId) => reachesByValue(plan.byValueEdges, modelId, from.id),
  };
}

function enumView(name: string, type: EnumType, model: Model, property: Property, scope: NameScope): GoEnumView {
  const field = model.fields.find((f) => f.id === property.fieldId);
  return enumDeclaration(name, type.members, goDocLines(name, textLines(field?.description)), scope);
}

function fieldViews(properties: readonly Property[], names: GoTypeNames): GoFieldView[] {
  const scope = new NameScope();
  const rows = properties.map((p) => {
    const problem = wireKeyProblem(p.wireName);
    if (problem) {
      throw new TargetError(`go: the wire key \`${printable(p.wireName)}\` of \`${p.name}\` cannot be a json struct tag: ${problem}`, 'rename the key in the API, or leave this property out of the Go reference; encoding/json would silently read another key', p.location);
    }
    const name = scope.claim(exportedName(p.name, 'Field'));
    const { type, omitempty } = fieldType(p.type, p.optional, names);
    const wire = { wireName: goString(p.wireName), holdsAbsent: p.optional, holdsNull: admitsNull(p.type), shapeEntry: `{${goString(p.wireName)}, ${!p.optional}, ${goShape(p.type, names)}}` };
    const exact = mentionsTime(type);
    const methods = { reader: exact ? ('readExact' as const) : ('read' as const), writer: exact ? ('writeExact' as const) : ('write' as const) };
    return { name, type, tag: jsonTag(p.wireName, omitempty), doc: withParagraphs(goDocLines(name, docText(p)), memberNotes(p), deprecation(p.deprecated, 'field')), ...wire, ...methods };
  });
  const padded = alignColumns(
    rows.map((r) => [r.name, r.type, r.tag]),
    rows.map((r) => r.doc.length > 0),
  );
  return rows.map((r, i) => ({ ...r, namePadding: padded[i].paddings[0], typePadding: padded[i].paddings[1] }));
}

/** A field's doc text; a literal-typed field (a plain value in Go) says which value it carries. */
function docText(property: Property): string[] {
  const lines = propertyDocLines(property);
  if (property.type.kind !== 'literal') return lines;
  const value = property.type.value;
  return withParagraphs(lines, [`Always \`${typeof value === 'string' ? goString(value) : String(value)}\`.`]);
}
