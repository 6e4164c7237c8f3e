/**
 * The data `templates/go/*.hbs` receive. Names, literals, comment lines and
 * gofmt's column padding are decided here; the templates only lay them out.
 */
import { Binding, EnumType, Model, Property, TypeRef, assertNever } from '../../ir/model';
import { modelDocLines, propertyDocLines, textLines } from '../doc-text';
import { headerText } from '../target';
import { alignColumns } from './columns';
import { goDocLines, sanitize } from './doc-comment';
import { constantSuffix, exportedName, fileStem, goString, jsonTag, NameScope } from './naming';

export interface GoFileView {
  readonly header: string;
  readonly packageName: string;
  readonly enums: readonly GoEnumView[];
  readonly doc: readonly string[];
  readonly name: string;
  readonly fields: readonly GoFieldView[];
}

export interface GoEnumView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly constantsDoc: readonly string[];
  readonly constants: readonly GoConstantView[];
}

export interface GoConstantView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly padding: string;
  readonly type: string;
  readonly value: string;
}

export interface GoFieldView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly namePadding: string;
  readonly type: string;
  readonly typePadding: string;
  readonly tag: string;
}

/** A model the Go reference documents, with its binding. */
export interface GoModel {
  readonly model: Model;
  readonly binding: Binding;
}

export interface GoFile {
  readonly stem: string;
  /** The spec the file comes from. */
  readonly spec: string;
  readonly view: GoFileView;
}

/**
 * The files of one package. Types, enum types and constants share the
 * package scope, so every name is claimed there once; an enum type is
 * declared by the first model that uses it.
 */
export function buildPackage(packageName: string, models: readonly GoModel[]): GoFile[] {
  const scope = new NameScope();
  const stems = new NameScope();
  const structNames = models.map((m) => scope.claim(exportedName(m.binding.name, 'Model')));
  const enumNames = new Map<string, string>();
  return models.map(({ model, binding }, i) => {
    const enums: GoEnumView[] = [];
    for (const property of binding.properties) {
      if (property.type.kind !== 'enum') continue;
      const documented = exportedName(property.type.name, 'Enum');
      if (enumNames.has(documented)) continue;
      const name = scope.claim(documented);
      enumNames.set(documented, name);
      enums.push(enumView(name, property.type, model, property, scope));
    }
    const view: GoFileView = {
      header: `// ${sanitize(headerText([model.source.path]))}`,
      packageName,
      enums,
      doc: goDocLines(structNames[i], modelDocLines(model)),
      name: structNames[i],
      fields: fieldViews(binding.properties, enumNames),
    };
    return { stem: stems.claim(fileStem(model.id)), spec: model.source.path, view };
  });
}

function enumView(name: string, type: EnumType, model: Model, property: Property, scope: NameScope): GoEnumView {
  const field = model.fields.find((f) => f.id === property.fieldId);
  const names = type.members.map((m) => scope.claim(`${name}${constantSuffix(m.name)}`));
  // A later member repeating a wire value stays a constant (callers may use it) and says which one it equals.
  const docs = type.members.map((m, i) => {
    const primary = type.members.findIndex((p) => p.primary && p.wireValue === m.wireValue);
    return m.primary || primary < 0 ? [] : [`${names[i]} has the same value as ${names[primary]}.`];
  });
  const padded = alignColumns(
    names.map((n) => [n, name]),
    docs.map((d) => d.length > 0),
  );
  return {
    doc: goDocLines(name, textLines(field?.description)),
    name,
    constantsDoc: [`The ${name} values the docs list. Any other value the API sends is kept as it is.`],
    constants: type.members.map((m, i) => ({ doc: docs[i], name: names[i], padding: padded[i].paddings[0], type: name, value: goString(m.wireValue) })),
  };
}

function fieldViews(properties: readonly Property[], enumNames: ReadonlyMap<string, string>): GoFieldView[] {
  const scope = new NameScope();
  const rows = properties.map((p) => {
    const name = scope.claim(exportedName(p.name, 'Field'));
    const base = typeName(p.type, enumNames);
    return { name, type: p.optional ? `*${base}` : base, tag: jsonTag(p.wireName, p.optional), doc: goDocLines(name, docText(p)) };
  });
  const padded = alignColumns(
    rows.map((r) => [r.name, r.type, r.tag]),
    rows.map((r) => r.doc.length > 0),
  );
  return rows.map((r, i) => ({ ...r, namePadding: padded[i].paddings[0], typePadding: padded[i].paddings[1] }));
}

/** A field's doc text; a literal-typed field (a plain string in Go) says which value it carries. */
function docText(property: Property): string[] {
  const lines = propertyDocLines(property);
  if (property.type.kind !== 'literal') return lines;
  return [...lines, ...(lines.length > 0 ? [''] : []), `Always \`${goString(property.type.value)}\`.`];
}

function typeName(type: TypeRef, enumNames: ReadonlyMap<string, string>): string {
  switch (type.kind) {
    case 'string':
    case 'literal':
      return 'string';
    case 'enum': {
      const name = enumNames.get(exportedName(type.name, 'Enum'));
      if (name === undefined) throw new Error(`internal error: enum ${type.name} used before it was declared`);
      return name;
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
      throw new Error(`internal error: the go target does not render ${type.kind} types yet`);
    default:
      return assertNever(type, 'type');
  }
}
