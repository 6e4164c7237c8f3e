/**
 * The import lines of a generated module: the standard library, `_types`'
 * helpers, then the modules it refers to, in isort's order, laid out as
 * Black keeps them. A reference names up to three things: the annotation
 * (a class, a union's alias), what reading calls and what strict reading's
 * shapes call.
 */
import { importLines } from './layout';
import { TYPES_MODULE, unionNames } from './naming';

/** A model, union or enum another module refers to: where it lives and whether importing it at the top would be circular. */
export interface ModelRef {
  readonly module: string;
  /** The name annotations use: the class, or the union's alias. */
  readonly name: string;
  readonly kind: 'model' | 'union' | 'enum';
  readonly cyclic: boolean;
}

/** The name reading calls: the class (`X.from_dict`, `read_enum(X)`), or the union's reader. */
export const readName = (ref: ModelRef) => (ref.kind === 'union' ? unionNames(ref.name).reader : ref.name);

/** The name strict reading's shapes call, if any: the class's `wire_shape`, the union's shape function; an enum is any string. */
export const shapeName = (ref: ModelRef) => (ref.kind === 'union' ? unionNames(ref.name).shape : ref.kind === 'enum' ? undefined : ref.name);

export function modelRef(refs: ReadonlyMap<string, ModelRef>, id: string): ModelRef {
  const ref = refs.get(id);
  if (!ref) throw new Error(`internal error: the python target has no model \`${id}\` to import`);
  return ref;
}

export function sortRefs(refs: readonly ModelRef[]): ModelRef[] {
  return [...refs].sort((a, b) => compare(a.module, b.module));
}

/** `ref.module` is relative within the package (`.directory`), absolute across areas (`acme.sso.connection`). */
export const refImport = (ref: ModelRef, names: readonly (string | undefined)[], indent = 0) => {
  const present = names.filter((n): n is string => n !== undefined);
  return present.length > 0 ? importLines(ref.module, [...new Set(present)].sort(compare), indent) : [];
};

/** Every name a module's code takes from a reference: its annotation, reader and shape names. */
const allNames = (ref: ModelRef) => [ref.name, readName(ref), shapeName(ref)].filter((n): n is string => n !== undefined);

/** isort's order within `from typing import`: constants, classes, then functions. */
export const TYPING_ORDER = ['TYPE_CHECKING', 'Any', 'Dict', 'List', 'Literal', 'Mapping', 'Optional', 'Union', 'cast'];
export const HELPER_ORDER = [
  'UNSET', 'Unset', 'UnionShape', 'WireField', 'check_model', 'check_value', 'deprecated_use', 'dict_of', 'list_of', 'pick_variant', 'read_datetime',
  'read_enum', 'read_model', 'read_present', 'reading', 'without_unset', 'write_datetime', 'write_enum', 'write_json', 'write_model',
];

/** The standard library's imports, then `_types`' helpers, then the modules referred to, in isort's order. */
export function moduleImports(usage: { readonly typing: ReadonlySet<string>; readonly helpers: ReadonlySet<string> }, typeChecking: boolean, direct: readonly ModelRef[]): string[] {
  const typing = TYPING_ORDER.filter((n) => usage.typing.has(n) || (n === 'TYPE_CHECKING' && typeChecking));
  const helpers = HELPER_ORDER.filter((n) => usage.helpers.has(n));
  return [
    'from dataclasses import dataclass',
    ...(usage.typing.has('datetime') ? ['from datetime import datetime'] : []),
    ...importLines('typing', typing),
    '',
    ...(helpers.length > 0 ? importLines(`.${TYPES_MODULE}`, helpers) : []),
    ...sortRefs(direct).flatMap((r) => refImport(r, allNames(r))),
  ].filter((line, i, lines) => line !== '' || i < lines.length - 1);
}

/** Code-point order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
