/**
 * The data `templates/python/*.hbs` receive. Every name, literal, type hint
 * and docstring line is decided here; the templates only lay them out.
 */
import { Binding, Model, Property, TypeRef, assertNever } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { className, docstring, docstringOf, fieldName, PyDoc, stringLiteral } from './naming';

export interface PyFieldView {
  readonly doc: PyDoc | null;
  readonly name: string;
  /** The type hint, `Optional[...]` for an optional field. */
  readonly annotation: string;
  /** ` = None` for an optional field, so it may be left out; '' otherwise. */
  readonly default: string;
  /** The expression `from_dict` passes for this field. */
  readonly read: string;
}

export interface PyWireView {
  readonly name: string;
  /** The wire key as a string literal. */
  readonly key: string;
}

export interface PyModelView {
  readonly header: string;
  /** Names imported from `typing`, in isort's order. */
  readonly typingImports: string;
  readonly doc: PyDoc;
  readonly name: string;
  /** Required fields first (a dataclass needs it), each group in documented order. */
  readonly fields: readonly PyFieldView[];
  readonly required: readonly PyWireView[];
  readonly optional: readonly PyWireView[];
}

export interface PyInitView {
  readonly header: string;
  readonly imports: readonly { readonly module: string; readonly name: string }[];
  /** `__all__` on one line when it fits in Black's 88 columns, else null. */
  readonly allInline: string | null;
  readonly all: readonly string[];
}

interface Member {
  readonly property: Property;
  readonly name: string;
  readonly key: string;
}

export function buildModelView(model: Model, binding: Binding, header: string): PyModelView {
  const name = className(binding.name);
  const taken = new Set<string>();
  const members: Member[] = binding.properties.map((property) => {
    const member = { property, name: fieldName(property.name, name, taken), key: stringLiteral(property.wireName) };
    taken.add(member.name);
    return member;
  });
  const required = members.filter((m) => !m.property.optional);
  const optional = members.filter((m) => m.property.optional);
  const wire = (m: Member): PyWireView => ({ name: m.name, key: m.key });
  return {
    header,
    typingImports: typingImports(binding.properties),
    // A class always has a docstring: Black 23 drops a blank line opening a block, so the layout stays one shape.
    doc: docstring(modelDocLines(model)) ?? docstringOf(`${name} model.`, []),
    name,
    fields: [...required, ...optional].map(fieldView),
    required: required.map(wire),
    optional: optional.map(wire),
  };
}

function typingImports(properties: readonly Property[]): string {
  const hasLiteral = properties.some((p) => p.type.kind === 'literal');
  const names = ['Any', 'Dict', ...(hasLiteral ? ['Literal'] : []), 'Mapping', ...(properties.some((p) => p.optional) ? ['Optional'] : [])];
  return [...names, ...(hasLiteral ? ['cast'] : [])].join(', ');
}

function fieldView({ property, name, key }: Member): PyFieldView {
  const type = typeHint(property.type);
  const annotation = property.optional ? `Optional[${type}]` : type;
  const value = property.optional ? `data.get(${key})` : `data[${key}]`;
  // The payload is `Any`; a literal type needs a cast for mypy --strict. Nothing is validated.
  const read = property.type.kind === 'literal' ? `cast(${annotation}, ${value})` : value;
  return { doc: docstring(docLines(property)), name, annotation, default: property.optional ? ' = None' : '', read };
}

/** Enum types stay open strings in Python: the members' wire values are listed in the docstring. */
function docLines(property: Property): string[] {
  if (property.type.kind !== 'enum') return propertyDocLines(property);
  return propertyDocLines({ ...property, knownValues: property.type.members.map((m) => m.wireValue) });
}

function typeHint(type: TypeRef): string {
  switch (type.kind) {
    case 'string':
    case 'enum':
      return 'str';
    case 'literal':
      return `Literal[${stringLiteral(type.value)}]`;
    // Replaced by this target's support for the general type system (issue 8).
    case 'boolean':
    case 'integer':
    case 'number':
    case 'any':
    case 'list':
    case 'map':
    case 'model':
    case 'nullable':
      throw new Error(`internal error: the python target does not render ${type.kind} types yet`);
    default:
      return assertNever(type, 'type');
  }
}

const LINE_LENGTH = 88;

export function buildInitView(header: string, exports: readonly { readonly module: string; readonly name: string }[]): PyInitView {
  const imports = [...exports].sort((a, b) => compare(a.module, b.module) || compare(a.name, b.name));
  const all = [...new Set(imports.map((i) => i.name))].sort(compare).map(stringLiteral);
  const inline = `__all__ = [${all.join(', ')}]`;
  return { header, imports, allInline: inline.length <= LINE_LENGTH ? all.join(', ') : null, all };
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
