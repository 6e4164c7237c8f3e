/**
 * The data `templates/python/*.hbs` receive. Every name, literal, type hint
 * and docstring line is decided here; the templates only lay them out.
 */
import { Binding, Model, Property } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { propertyNotes, typeNotes } from './doc-notes';
import { call, defLines, fitLines, importLines, LINE_LENGTH, parseExpr, tuple } from './layout';
import { className, docstring, docstringOf, fieldName, PyDoc, stringLiteral } from './naming';
import { compare, modelRef, ModelRef, moduleImports, readName, refImport, shapeName, sortRefs } from './module-imports';
import { converter, PyTypeOptions, referencedModels, typeHint, wireShape } from './types';
import { stripNullable } from '../../ir/type-walk';

export interface PyFieldView {
  readonly doc: PyDoc | null;
  readonly name: string;
  /** The type hint: `Union[..., None, Unset]` for an optional field. */
  readonly annotation: string;
  /** `name: annotation` with ` = UNSET` for an optional field, as Black lays it out. */
  readonly declaration: readonly string[];
  /** The `name=value,` argument `from_dict` passes, as Black lays it out. */
  readonly read: readonly string[];
}

/** A key of `to_dict`'s result: the `"key": value,` entry, as Black lays it out. */
export interface PyWriteView {
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
  /** `from .x import X` lines `from_dict` runs first (the cycle's other modules). */
  readonly readImports: readonly string[];
  /** The same for `wire_shape`. */
  readonly shapeImports: readonly string[];
  /** `__post_init__`'s body when the model or a field is deprecated: the warnings code that builds one gets. */
  readonly postInit: readonly string[];
  /** `from_dict`'s return statement, without the method body's indentation, as Black lays it out. */
  readonly build: readonly string[];
  /** `check_model(...)`, naming the model as strict reading's errors give it, as Black lays it out. */
  readonly check: readonly string[];
  /** The `def from_dict(...)` line, or the three Black splits it into past 88 columns. */
  readonly fromDict: readonly string[];
  /** `to_dict`'s entries, in documented order. */
  readonly writes: readonly PyWriteView[];
  /** `wire_shape`'s entries, in documented order: `("key", shape, optional),`. */
  readonly shapes: readonly (readonly string[])[];
}

export interface PyInitView {
  readonly header: string;
  readonly imports: readonly string[];
  /** `__all__` on one line when it fits in Black's 88 columns, else null. */
  readonly allInline: string | null;
  readonly all: readonly string[];
}


/**
 * Whether a field may be missing. Every field reads an absent key as UNSET,
 * which `to_dict` leaves out, and null as None, which it writes as null; an
 * optional field's type says so (`Union[str, None, Unset] = UNSET`), a
 * required one keeps the documented type (see `fieldView`).
 */
type Presence = 'required' | 'optional';

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
  readonly options: PyTypeOptions;
}

export function buildModelView(model: Model, binding: Binding, header: string, refs: ReadonlyMap<string, ModelRef>, options: PyTypeOptions = {}): PyModelView {
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
  const usage: Usage = { typing: new Set(['Any', 'Dict', 'List', 'Mapping']), helpers: new Set(['UNSET', 'WireField', 'check_model', 'without_unset']), options };
  const postInit = postInitLines(model, name, members);
  if (postInit.length > 0) ['deprecated_use', 'reading'].forEach((h) => usage.helpers.add(h));
  // Reading a deprecated model or field is the API's doing, not the code's: `with reading():` keeps it quiet.
  const indent = postInit.length > 0 ? KWARG_INDENT + 4 : KWARG_INDENT;
  const fields = ordered.map((m) => fieldView(m, usage, indent));
  const writes = members.map((m) => writeView(m, usage));
  const others = [...classes.keys()].filter((id) => id !== model.id).map((id) => modelRef(refs, id));
  const cyclic = sortRefs(others.filter((r) => r.cyclic));
  const returned = fields.length === 0 ? ['return cls()'] : ['return cls(', ...fields.flatMap((f) => f.read.map((l) => `    ${l}`)), ')'];
  return {
    header,
    imports: moduleImports(usage, cyclic.length > 0, others.filter((r) => !r.cyclic)),
    typeCheckingImports: cyclic.flatMap((r) => refImport(r, [r.name], 4)),
    // A class always has a docstring: Black 23 drops a blank line opening a block, so the layout stays one shape.
    doc: docstring(typeNotes(modelDocLines(model), model, `building one in code warns (DeprecationWarning); reading one does not.`)) ?? docstringOf(`${name} model.`, []),
    name,
    fields,
    readImports: cyclic.flatMap((r) => refImport(r, [readName(r)], 8)),
    shapeImports: cyclic.flatMap((r) => refImport(r, [shapeName(r)], 8)),
    postInit,
    build: postInit.length > 0 ? ['with reading():', ...returned.map((l) => `    ${l}`)] : returned,
    check: fitLines(KWARG_INDENT, '', call('check_model', stringLiteral(name), 'data', 'cls.wire_shape()'), ''),
    fromDict: fromDictSignature(name),
    writes,
    shapes: members.map((m) => shapeLines(m, options)),
  };
}

/** Warns when code, not reading, builds a deprecated model or sets a deprecated field. */
function postInitLines(model: Model, name: string, members: readonly Member[]): string[] {
  const deprecated = members.filter((m) => m.property.deprecated);
  const warn = (indent: number, what: string) => fitLines(indent, '', call('deprecated_use', stringLiteral(what)), '');
  return [
    ...(model.deprecated ? warn(8, name) : []),
    // A required field is always set by code that builds the model; an optional one only when given.
    ...deprecated.flatMap((m) => (m.property.optional ? [`if self.${m.name} is not UNSET:`, ...warn(12, `${name}.${m.name}`).map((l) => `    ${l}`)] : warn(8, `${name}.${m.name}`))),
  ];
}

function fromDictSignature(name: string): string[] {
  return defLines(4, 'from_dict', ['cls', 'data: Mapping[str, Any]', '*', 'strict: bool = False'], name);
}

function presence(property: Property): Presence {
  return property.optional ? 'optional' : 'required';
}

/** `("key", shape, optional),` as Black lays it out in `wire_shape`'s list. */
function shapeLines({ property, key }: Member, options: PyTypeOptions): string[] {
  return fitLines(KWARG_INDENT, '', tuple(key, wireShape(property.type, options), property.optional ? 'True' : 'False'), ',');
}

const KWARG_INDENT = 12;

/**
 * A field reads `data.get(key, UNSET)` through its converter, which keeps a
 * value of another JSON kind as it is. A required field keeps its documented
 * type, though a payload that breaks the docs leaves UNSET, None or that value
 * in it (Stainless' Python models do not validate responses either):
 * `strict=True` makes the type true.
 */
function fieldView(member: Member, usage: Usage, indent: number): PyFieldView {
  const { property, name, key, presence } = member;
  const annotation = presence === 'required' ? typeHint(property.type, usage.typing, usage.options) : optionalHint(property, usage);
  const value = call('data.get', key, 'UNSET');
  const convert = converter(property.type, 'read', usage.helpers, usage.options);
  // The payload is `Any`; a literal type needs a cast for mypy --strict. Nothing is validated.
  if (property.type.kind === 'literal') usage.typing.add('cast');
  const read = property.type.kind === 'literal' ? call('cast', parseExpr(annotation), value) : convert === null ? value : call(parseExpr(convert), value);
  const defaultValue = presence === 'required' ? '' : ' = UNSET';
  return { doc: docstring(docLines(property)), name, annotation, declaration: fitLines(4, `${name}: `, parseExpr(annotation), defaultValue), read: fitLines(indent, `${name}=`, read, ',') };
}

/** An optional field may be absent (UNSET) or, as real payloads show, null whatever the docs say. */
function optionalHint(property: Property, usage: Usage): string {
  usage.typing.add('Union');
  usage.helpers.add('Unset');
  const hint = typeHint(stripNullable(property.type), usage.typing, usage.options);
  // An open enum's own `Union[E, str]` joins this one, as typing flattens it anyway.
  const parts = /^Union\[[^\[\]]*\]$/.test(hint) ? hint.slice('Union['.length, -1) : hint;
  return `Union[${parts}, None, Unset]`;
}

/** Writing: every field is written; `without_unset` then leaves out those whose key was absent. */
function writeView({ property, name, key }: Member, usage: Usage): PyWriteView {
  const self = `self.${name}`;
  const convert = converter(property.type, 'write', usage.helpers, usage.options);
  return { lines: fitLines(KWARG_INDENT, `${key}: `, convert === null ? self : call(parseExpr(convert), self), ',') };
}

/** Enum types stay open strings in Python: the members' wire values are listed in the docstring. */
function docLines(property: Property): string[] {
  const known = property.type.kind === 'enum' ? { ...property, knownValues: property.type.members.map((m) => m.wireValue) } : property;
  return propertyNotes(propertyDocLines(known), property);
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

