/**
 * A union's module: the `typing.Union` alias of its variants' types plus an
 * Unknown class holding the JSON no variant takes, its reader (which picks
 * the variant with `_types.pick_variant`: by the discriminator's tags, or the
 * first variant whose required keys are present), its writer, and the shape
 * strict reading and the picking share. Every name and line is decided here.
 */
import { LiteralValue, TypeRef, UnionBinding, UnionModel, UnionVariant } from '../../ir/model';
import { textLines } from '../doc-text';
import { typeNotes } from './doc-notes';
import { call, defLines, Expr, fitLines, LINE_LENGTH, list, parseExpr, tuple } from './layout';
import { className, docstring, PyDoc, pythonLiteral, stringLiteral, unionNames } from './naming';
import { converter, PyTypeOptions, referencedModels, typeHint, wireShape } from './types';
import { compare, modelRef, ModelRef, moduleImports, readName, refImport, shapeName, sortRefs } from './module-imports';

export interface PyUnionView {
  readonly header: string;
  readonly imports: readonly string[];
  readonly typeCheckingImports: readonly string[];
  readonly unknown: string;
  readonly unknownDoc: PyDoc;
  /** `Dict[str, Any]` when every variant is an object, else `Any`. */
  readonly rawHint: string;
  /** `X = Union[...]`, as Black lays it out. */
  readonly alias: readonly string[];
  readonly doc: PyDoc;
  readonly reader: string;
  /** The reader's `def` line(s), its strict check, its `pick_variant` call and its last returns, as Black lays them out. */
  readonly readerDef: readonly string[];
  readonly check: readonly string[];
  readonly pick: readonly string[];
  readonly unknownReturn: readonly string[];
  readonly keptReturn: readonly string[];
  readonly readerDoc: PyDoc;
  readonly writer: string;
  readonly writerDef: readonly string[];
  readonly shapeFn: string;
  readonly name: string;
  /** The cycle's modules, imported when the reader and the shape function run. */
  readonly readImports: readonly string[];
  readonly shapeImports: readonly string[];
  /** `if variant == i:` and the return line(s) under it. */
  readonly picks: readonly { readonly index: number; readonly lines: readonly string[] }[];
  /** Objects-only: a JSON object no variant takes is Unknown, any other value kept as it came. */
  readonly objectsOnly: boolean;
  /** The discriminator's wire key as a literal, or `None`. */
  readonly key: string;
  /** `(["tag"], shape),` entries, as Black lays them out. */
  readonly entries: readonly (readonly string[])[];
}

export interface UnionContext {
  readonly refs: ReadonlyMap<string, ModelRef>;
  readonly options: PyTypeOptions;
  /** Class names already taken in the package, which the Unknown class must not take. */
  readonly taken: ReadonlySet<string>;
}

const isObject = (type: TypeRef) => type.kind === 'model' && type.modelKind === undefined;

export function buildUnionView(union: UnionModel, binding: UnionBinding, header: string, context: UnionContext): PyUnionView {
  const names = unionNames(binding.name);
  let unknown = `${names.alias}Unknown`;
  while (context.taken.has(unknown)) unknown = `${unknown}_`;
  const typing = new Set(['Any', 'Union']);
  const helpers = new Set(['UnionShape', 'check_value', 'pick_variant', 'write_json']);
  const ids = new Map<string, string>();
  binding.variants.forEach((v) => referencedModels(v.type, ids));
  const others = [...ids.keys()].filter((id) => id !== union.id).map((id) => modelRef(context.refs, id));
  const cyclic = sortRefs(others.filter((r) => r.cyclic));
  const objectsOnly = binding.variants.every((v) => isObject(v.type));
  const picks = binding.variants.map((variant, index) => ({ index, lines: pickLines(variant, typing, helpers, context.options) }));
  if (objectsOnly) ['Dict', 'Mapping'].forEach((n) => typing.add(n));
  typing.add('cast');
  const members = [...binding.variants.map((v) => variantHint(v, cyclic, context.options)), unknown];
  const key = union.discriminator ? stringLiteral(union.discriminator.wireName) : 'None';
  return {
    header,
    imports: moduleImports({ typing, helpers }, cyclic.length > 0, others.filter((r) => !r.cyclic)),
    typeCheckingImports: cyclic.flatMap((r) => refImport(r, [r.name], 4)),
    unknown,
    unknownDoc: docstring(unknownDoc(names.alias, union, objectsOnly)) as PyDoc,
    rawHint: objectsOnly ? 'Dict[str, Any]' : 'Any',
    alias: aliasLines(names.alias, members),
    doc: docstring(typeNotes(textLines(union.description).length > 0 ? textLines(union.description) : [`${names.alias}: one of ${binding.variants.length} types.`], union)) as PyDoc,
    reader: names.reader,
    readerDef: defLines(0, names.reader, ['data: Any', '*', 'strict: bool = False'], names.alias),
    check: fitLines(8, '', call('check_value', stringLiteral(names.alias), tuple('"union"', names.shape), 'data'), ''),
    pick: fitLines(4, 'variant = ', call('pick_variant', `${names.shape}()`, 'data'), ''),
    // Objects only: `if isinstance(data, Mapping):` guards the Unknown; else `if data is None:` guards keeping null.
    unknownReturn: fitLines(objectsOnly ? 8 : 4, 'return ', call(unknown, objectsOnly ? 'dict(data)' : 'data'), ''),
    keptReturn: fitLines(objectsOnly ? 4 : 8, 'return ', call('cast', names.alias, 'data'), ''),
    readerDoc: docstring(readerDoc(names.alias, unknown, union)) as PyDoc,
    writer: names.writer,
    writerDef: defLines(0, names.writer, [`value: ${names.alias}`], 'Any'),
    shapeFn: names.shape,
    name: names.alias,
    readImports: cyclic.flatMap((r) => refImport(r, [readName(r)], 4)),
    shapeImports: cyclic.flatMap((r) => refImport(r, [shapeName(r)], 4)),
    picks,
    objectsOnly,
    key,
    entries: binding.variants.map((v) => fitLines(12, '', tuple(selector(v, union), wireShape(v.type, context.options)), ',')),
  };
}

/** What picks the variant: its discriminator tags, else the wire keys it requires (empty for a scalar, list or map). */
function selector(variant: UnionVariant, union: UnionModel): Expr {
  const values: readonly LiteralValue[] = union.discriminator ? variant.tags : variant.requiredKeys;
  return list(...values.map((v) => pythonLiteral(v) ?? String(v)));
}

/** A variant's type in the alias; one naming a class of the cycle is quoted (`"List[Tree]"`), since the alias is evaluated when the module loads. */
function variantHint(variant: UnionVariant, cyclic: readonly ModelRef[], options: PyTypeOptions): string {
  const hint = typeHint(variant.type, new Set(), options);
  const names = new Set(hint.split(/[^A-Za-z0-9_]+/));
  return cyclic.some((r) => names.has(r.name)) ? stringLiteral(hint) : hint;
}

/** The return statement reading one variant: an object's `from_dict`, else the converted value cast to its hint. */
function pickLines(variant: UnionVariant, typing: Set<string>, helpers: Set<string>, options: PyTypeOptions): string[] {
  const type = variant.type;
  if (type.kind === 'model' && type.modelKind === undefined) return fitLines(8, 'return ', call(`${className(type.name)}.from_dict`, 'data'), '');
  const convert = converter(type, 'read', helpers, options);
  const value: Expr = convert === null ? 'data' : call(parseExpr(convert), 'data');
  return fitLines(8, 'return ', call('cast', typeHint(type, typing, options), value), '');
}

/** `X = Union[...]` on one line when it fits, else one member per line with Black's magic trailing comma. */
function aliasLines(alias: string, members: readonly string[]): string[] {
  const line = `${alias} = Union[${members.join(', ')}]`;
  if (line.length <= LINE_LENGTH) return [line];
  return [`${alias} = Union[`, ...members.map((m) => `    ${m},`), ']'];
}

const article = (word: string) => (/^[AEIOU]/i.test(word) ? 'An' : 'A');

function unknownDoc(alias: string, union: UnionModel, objectsOnly: boolean): string[] {
  const why = union.discriminator
    ? `an \`${union.discriminator.wireName}\` they do not list, or none`
    : objectsOnly
      ? 'a JSON object without the keys any variant requires'
      : 'a JSON value of no variant\'s kind';
  return [`${article(alias)} ${alias} of a kind these models do not know: ${why}.`, '', 'Holds the JSON as read; to_dict() writes it back unchanged.'];
}

function readerDoc(alias: string, unknown: string, union: UnionModel): string[] {
  const how = union.discriminator
    ? `by its \`${union.discriminator.wireName}\`; any other value reads as ${unknown}`
    : `as the first variant, in order, whose kind and required keys it has; else as ${unknown}`;
  return [`Reads ${article(alias).toLowerCase()} ${alias} ${how}.`, '', 'With strict=True, raises ModelValidationError unless the JSON is what the docs promise.'];
}

/** The names a union module exports from the package. */
export function unionExports(view: PyUnionView): string[] {
  return [view.name, view.unknown, view.reader, view.writer, view.shapeFn].sort(compare);
}
