/**
 * The payloads harvested from the WorkOS SDKs' test suites
 * (test/fixtures/real/, see PROVENANCE.md), and the comparison of what a
 * language wrote back with what it read: every value present in the payload
 * must come back equal, or be listed as dropped (a field the language does
 * not document) or changed (a normalised enum's canonical spelling).
 */
import * as path from 'node:path';
import { Fixture, FIXTURES_DIR, loadFixtures } from './fixtures';

export const REAL_FIXTURES_DIR = path.join(FIXTURES_DIR, 'real');

/** The model a harvested payload belongs to, from its file name: `directory_user_*`, `directory_group_*`, else `directory_*`. */
export function realModelId(fileName: string): string {
  const prefix = ['directory_user', 'directory_group', 'directory'].find((id) => fileName.startsWith(`${id}_`));
  if (!prefix) throw new Error(`${fileName}: no model named by the file name`);
  return prefix;
}

export function loadRealFixtures(): Fixture[] {
  return loadFixtures(REAL_FIXTURES_DIR).map((f) => ({ ...f, modelId: realModelId(f.name) }));
}

/** JSON paths (wire keys, `[i]` for items) of the values lost, changed or added between a payload and what was written back. */
export interface WriteBack {
  readonly dropped: string[];
  readonly changed: string[];
  readonly invented: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Compares two JSON values key by key and item by item; `{}` and `[]` differ, and so do `null` and absent. */
export function compareWriteBack(read: unknown, written: unknown, at = '', into: WriteBack = { dropped: [], changed: [], invented: [] }): WriteBack {
  const join = (key: string) => (at === '' ? key : `${at}.${key}`);
  if (isObject(read) && isObject(written)) {
    for (const key of Object.keys(read)) {
      if (Object.prototype.hasOwnProperty.call(written, key)) compareWriteBack(read[key], written[key], join(key), into);
      else into.dropped.push(join(key));
    }
    into.invented.push(...Object.keys(written).filter((key) => !Object.prototype.hasOwnProperty.call(read, key)).map(join));
  } else if (Array.isArray(read) && Array.isArray(written) && read.length === written.length) {
    read.forEach((item, i) => compareWriteBack(item, written[i], `${at}[${i}]`, into));
  } else if (JSON.stringify(read) !== JSON.stringify(written)) {
    into.changed.push(at);
  }
  return into;
}

/** What a reader must survive in place of any value: absence, null and every other JSON kind, `{}` and `[]` included. */
export const HOSTILE_VALUES: readonly unknown[] = [undefined, null, {}, [], 'x', 1.5, 7, true, [null, 'x', {}, []]];

/** A payload with the value at one JSON path replaced (undefined: the key removed). */
export interface Mutation {
  readonly path: string;
  readonly value: unknown;
  readonly payload: Record<string, unknown>;
}

type Step = string | number;

/** The paths to every value below the root: object keys and list indexes, as JSON paths and as steps. */
function pathsIn(value: unknown, steps: readonly Step[] = [], at = ''): { at: string; steps: Step[] }[] {
  const children: [string, Step][] = isObject(value)
    ? Object.keys(value).map((k) => [at === '' ? k : `${at}.${k}`, k])
    : Array.isArray(value)
      ? value.map((_, i) => [`${at}[${i}]`, i])
      : [];
  return children.flatMap(([childAt, step]) => [{ at: childAt, steps: [...steps, step] }, ...pathsIn((value as Record<Step, unknown>)[step], [...steps, step], childAt)]);
}

/** Every key and list item at every depth of the payload, each replaced in turn by each hostile value (list items are never removed). */
export function mutations(payload: Readonly<Record<string, unknown>>): Mutation[] {
  return pathsIn(payload).flatMap(({ at, steps }) =>
    HOSTILE_VALUES.filter((v) => v !== undefined || typeof steps[steps.length - 1] === 'string').map((value) => {
      const copy = structuredClone(payload) as Record<string, unknown>;
      const parent = steps.slice(0, -1).reduce<Record<Step, unknown>>((node, step) => node[step] as Record<Step, unknown>, copy);
      const last = steps[steps.length - 1];
      if (value === undefined) delete parent[last];
      else parent[last] = structuredClone(value);
      return { path: at, value, payload: copy };
    }),
  );
}

/** A mutation a reader failed: it threw, or wrote back something else than it read. */
export interface MutationFailure {
  readonly at: string;
  readonly value: unknown;
  readonly error?: string;
  readonly lost?: WriteBack;
}

/**
 * The mutations whose write-back (`written(mutation, i)`, which may throw)
 * lost a value the base payload does not drop, changed one or invented one.
 */
export function mutationFailures(base: WriteBack, cases: readonly Mutation[], written: (mutation: Mutation, i: number) => unknown): MutationFailure[] {
  return cases.flatMap((mutation, i): MutationFailure[] => {
    let result: WriteBack;
    try {
      result = compareWriteBack(mutation.payload, written(mutation, i));
    } catch (error) {
      return [{ at: mutation.path, value: mutation.value, error: String(error) }];
    }
    const dropped = result.dropped.filter((p) => !base.dropped.includes(p));
    const bad = dropped.length > 0 || result.changed.length > 0 || result.invented.length > 0;
    return bad ? [{ at: mutation.path, value: mutation.value, lost: { ...result, dropped } }] : [];
  });
}
