/**
 * The data `templates/python/*.hbs` receive. Every name, literal, type hint
 * and docstring line is decided here; the templates only lay them out.
 */
import { Binding, Model, Property } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { call, Expr, fitLines, importLines, LINE_LENGTH, subscript } from './layout';
import { className, docstring, docstringOf, fieldName, PyDoc, stringLiteral, TYPES_MODULE } from './naming';
import { converter, referencedModels, typeHint, wrap } from './types';
import { stripNullable } from '../../ir/type-walk';

export interface PyFieldView {
  readonly doc: PyDoc | null;
  readonly name: string;
  /** The type hint: `Optional[...]` for an optional field, `Union[..., None, Unset]` for an optional nullable one. */
  readonly annotation: string;
  /** ` = None` for an optional field, ` = UNSET` for an optional nullable one, '' otherwise. */
  readonly default: string;
  /** The `name=value,` argument `from_dict` passes, as Black lays it out. */
  readonly read: readonly string[];
}

/** A key of `to_dict`'s result. */
export interface PyWriteView {
  /** For a field that may be left out: the condition under which it is written, else null. */
  readonly condition: string | null;
  /** The `"key": value,` entry, or the `data["key"] = value` statement under the condition. */
  readonly lines: readonly string[];
}

export interface PyModelView {
  readonly header: string;
  /** The import lines (stdlib, then sibling modules), laid out as Black keeps them. */
  readonly imports: readonly string[];
  /** Sibling modules in an import cycle with this one: imported for mypy only, and in the methods. */
  readonly typeCheckingImports: readonly string[];
  readonly doc: PyDoc;
  readonly name: string;
  /** Required fields first (a dataclass needs it), each group in documented order. */
  readonly fields: readonly PyFieldView[];
  /** `from .x import X` lines `from_dict` and `to_dict` run first (the cycle's other modules). */
  readonly readImports: readonly string[];
  readonly writeImports: readonly string[];
  readonly required: readonly PyWriteView[];
  readonly optional: readonly PyWriteView[];
}

export interface PyInitView {
  readonly header: string;
  readonly imports: readonly string[];
  /** `__all__` on one line when it fits in Black's 88 columns, else null. */
  readonly allInline: string | null;
  readonly all: readonly string[];
}

/** A model another one refers to: where it lives and whether importing it at the top would be circular. */
export interface ModelRef {
  readonly module: string;
  readonly name: string;
  readonly cyclic: boolean;
}

/**
 * How a field may be missing. `optional`: absent reads as None, None is left
 * out. `unset`: optional AND nullable (or `any`), absent reads as UNSET and is
 * left out, null reads as None and is written as null.
 */
type Presence = 'required' | 'optional' | 'unset';

interface Member {
  readonly property: Property;
  readonly name: string;
  readonly key: string;
  readonly presence: Presence;
}

/** Imports and names the module's code uses, collected while the fields are built. */
interface Usage {
  readonly typing: Set<string>;
  readonly helpers: Set<string>;
  readonly read: Set<string>;
  readonly write: Set<string>;
}

export function buildModelView(model: Model, binding: Binding, header: string, refs: ReadonlyMap<string, ModelRef>): PyModelView {
  const name = className(binding.name);
  const classes = new Map<string, string>();
  binding.properties.forEach((p) => referencedModels(p.type, classes));
  const taken = new Set<string>();
  const members: Member[] = binding.properties.map((property) => {
    const member = { property, name: fieldName(property.name, name, taken, classes.values()), key: stringLiteral(property.wireName), presence: presence(property) };
    taken.add(member.name);
    return member;
  });
  const ordered = [...members.filter((m) => m.presence === 'required'), ...members.filter((m) => m.presence !== 'required')];
  const usage: Usage = { typing: new Set(['Any', 'Dict', 'Mapping']), helpers: new Set(), read: new Set(), write: new Set() };
  const fields = ordered.map((m) => fieldView(m, usage));
  const writes = ordered.map((m) => writeView(m, usage));
  const others = [...classes.keys()].filter((id) => id !== model.id).map((id) => modelRef(refs, id));
  const cyclic = others.filter((r) => r.cyclic);
  const local = (ids: Set<string>) => sortRefs(cyclic.filter((r) => ids.has(r.name))).map(refImport);
  return {
    header,
    imports: moduleImports(usage, cyclic.length > 0, others.filter((r) => !r.cyclic)),
    typeCheckingImports: sortRefs(cyclic).map(refImport),
    // A class always has a docstring: Black 23 drops a blank line opening a block, so the layout stays one shape.
    doc: docstring(modelDocLines(model)) ?? docstringOf(`${name} model.`, []),
    name,
    fields,
    readImports: local(usage.read),
    writeImports: local(usage.write),
    required: writes.filter((w) => w.condition === null),
    optional: writes.filter((w) => w.condition !== null),
  };
}

/** `any` holds null too, so an optional `any` field keeps absent and null apart like a nullable one. */
function presence(property: Property): Presence {
  if (!property.optional) return 'required';
  return property.type.kind === 'nullable' || property.type.kind === 'any' ? 'unset' : 'optional';
}

function modelRef(refs: ReadonlyMap<string, ModelRef>, id: string): ModelRef {
  const ref = refs.get(id);
  if (!ref) throw new Error(`internal error: the python target has no model \`${id}\` to import`);
  return ref;
}

function sortRefs(refs: readonly ModelRef[]): ModelRef[] {
  return [...refs].sort((a, b) => compare(a.module, b.module));
}

/** `ref.module` is relative within the package (`.directory`), absolute across areas (`acme.sso.connection`). */
const refImport = (ref: ModelRef) => `from ${ref.module} import ${ref.name}`;

/** isort's order within `from typing import`: constants, classes, then functions. */
const TYPING_ORDER = ['TYPE_CHECKING', 'Any', 'Dict', 'List', 'Literal', 'Mapping', 'Optional', 'Union', 'cast'];
const HELPER_ORDER = ['UNSET', 'Unset', 'dict_of', 'list_of', 'nullable', 'unset_or'];

function moduleImports(usage: Usage, typeChecking: boolean, direct: readonly ModelRef[]): string[] {
  const typing = TYPING_ORDER.filter((n) => usage.typing.has(n) || (n === 'TYPE_CHECKING' && typeChecking));
  const helpers = HELPER_ORDER.filter((n) => usage.helpers.has(n));
  return [
    'from dataclasses import dataclass',
    ...importLines('typing', typing),
    '',
    ...(helpers.length > 0 ? importLines(`.${TYPES_MODULE}`, helpers) : []),
    ...sortRefs(direct).map(refImport),
  ].filter((line, i, lines) => line !== '' || i < lines.length - 1);
}

const KWARG_INDENT = 12;

function fieldView(member: Member, usage: Usage): PyFieldView {
  const { property, name, presence } = member;
  const { annotation, value } = presenceForm(member, usage);
  const convert = readConverter(member, usage);
  referencedModels(property.type).forEach((cls) => usage.read.add(cls));
  // The payload is `Any`; a literal type needs a cast for mypy --strict. Nothing is validated.
  if (property.type.kind === 'literal') usage.typing.add('cast');
  const read = property.type.kind === 'literal' ? call('cast', annotation, value) : convert === null ? value : call(curried(convert), value);
  const defaults: Record<Presence, string> = { required: '', optional: ' = None', unset: ' = UNSET' };
  return { doc: docstring(docLines(property)), name, annotation, default: defaults[presence], read: fitLines(KWARG_INDENT, `${name}=`, read, ',') };
}

/** The annotation and the raw wire value of a field, by how it may be missing. */
function presenceForm({ property, key, presence }: Member, usage: Usage): { annotation: string; value: Expr } {
  switch (presence) {
    case 'required':
      return { annotation: typeHint(property.type, usage.typing), value: subscript('data', key) };
    case 'optional':
      usage.typing.add('Optional');
      return { annotation: `Optional[${typeHint(property.type, usage.typing)}]`, value: call('data.get', key) };
    case 'unset':
      usage.typing.add('Union');
      usage.helpers.add('UNSET').add('Unset');
      return { annotation: `Union[${typeHint(stripNullable(property.type), usage.typing)}, None, Unset]`, value: call('data.get', key, 'UNSET') };
  }
}

/** Absent optional keys read as None (optional) or UNSET (optional and nullable), which the converter keeps. */
function readConverter({ property, presence }: Member, usage: Usage): string | null {
  const convert = converter(property.type, 'read', usage.helpers);
  if (presence === 'optional') return wrap('nullable', convert, usage.helpers);
  if (presence === 'unset') return wrap('unset_or', convert, usage.helpers);
  return convert;
}

/**
 * Writing: an optional field is tested first (None, or UNSET for an optional
 * nullable one, leaves the key out), so the value written is narrowed to the
 * property's type; a model is written with its own `to_dict()`.
 */
function writeView({ property, name, key, presence }: Member, usage: Usage): PyWriteView {
  const self = `self.${name}`;
  const plainModel = property.type.kind === 'model';
  const convert = plainModel ? null : converter(property.type, 'write', usage.helpers);
  if (!plainModel) referencedModels(property.type).forEach((cls) => usage.write.add(cls));
  const value = plainModel ? `${self}.to_dict()` : convert === null ? self : call(curried(convert), self);
  if (presence === 'required') return { condition: null, lines: fitLines(KWARG_INDENT, `${key}: `, value, ',') };
  const condition = presence === 'optional' ? `${self} is not None` : `not isinstance(${self}, Unset)`;
  return { condition, lines: fitLines(KWARG_INDENT, `data[${key}] = `, value, '', ['data[', `    ${key}`, '] = ']) };
}

/** A converter as a call Black may split: `list_of(Leaf.from_dict)` is `list_of` applied to `Leaf.from_dict`. */
function curried(convert: string): Expr {
  const match = /^(\w+)\((.*)\)$/.exec(convert);
  return match ? call(match[1], match[2]) : convert;
}

/** Enum types stay open strings in Python: the members' wire values are listed in the docstring. */
function docLines(property: Property): string[] {
  if (property.type.kind !== 'enum') return propertyDocLines(property);
  return propertyDocLines({ ...property, knownValues: property.type.members.map((m) => m.wireValue) });
}

export function buildInitView(header: string, exports: readonly { readonly module: string; readonly name: string }[]): PyInitView {
  const modules = [...new Set(exports.map((e) => e.module))].sort(compare);
  const imports = modules.flatMap((module) => {
    const names = [...new Set(exports.filter((e) => e.module === module).map((e) => e.name))].sort(compare);
    return importLines(`.${module}`, names);
  });
  const all = [...new Set(exports.map((e) => e.name))].sort(compare).map(stringLiteral);
  const inline = `__all__ = [${all.join(', ')}]`;
  return { header, imports, allInline: inline.length <= LINE_LENGTH ? all.join(', ') : null, all };
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
