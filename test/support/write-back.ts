/**
 * The comparison of what a language wrote back with what it read, sorted
 * into what it dropped (a field the language does not document), changed (a
 * normalised enum's canonical spelling) and invented, and the payloads that
 * replace each value of a fixture by absence, null and every JSON kind.
 */

/**
 * The strict-mode error of each real payload (test/fixtures/real/) in
 * TypeScript and Python; the others read strictly. Both document `object`,
 * which PHP and Ruby do not, so a payload without it fails there first
 * (see STRICT_ERRORS in real-payloads.ts for those two).
 */
export const STRICT_ERRORS_DOCUMENTING_OBJECT: Readonly<Record<string, string>> = {
  'directory_go_1.json': 'Directory: object: expected "directory", found missing',
  'directory_user_dotnet_1.json': 'DirectoryUser: idp_id: expected string, found missing',
  'directory_user_go_1.json': 'DirectoryUser: object: expected "directory_user", found missing',
  'directory_user_php_1.json': 'DirectoryUser: object: expected "directory_user", found missing',
  'directory_user_ruby_1.json': 'DirectoryUser: email: expected string, found missing',
};

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
