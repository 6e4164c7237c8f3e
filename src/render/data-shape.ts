/**
 * The shape of the data a template receives, read off real samples: every key
 * path (`properties[].doc.lines[]`) with the kinds of value seen there.
 */
export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'list' | 'object';

export interface KeyPath {
  /** `a.b` for a key of an object, `a[]` for the items of a list. */
  readonly path: string;
  readonly kinds: readonly ValueKind[];
  /** The key is missing from some of the objects that could have it. */
  readonly optional: boolean;
  /** A list that was empty in every sample, so its items' shape is unknown. */
  readonly alwaysEmpty: boolean;
}

interface Seen {
  readonly kinds: Set<ValueKind>;
  /** Key paths one level down (`a.b`, `a[]`), in the order first seen. */
  readonly children: Set<string>;
  /** How many objects held this key. */
  present: number;
  /** How many objects were found at this path (for its children's `optional`). */
  objects: number;
}

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'object') return kind;
  throw new Error(`template data holds a ${kind}, which JSON-like data cannot`);
}

/** Key paths merged over every sample, each followed by the paths below it, in the order first seen. */
export function dataShape(samples: readonly unknown[]): KeyPath[] {
  const seen = new Map<string, Seen>();
  const at = (path: string) => {
    let entry = seen.get(path);
    if (!entry) seen.set(path, (entry = { kinds: new Set(), children: new Set(), present: 0, objects: 0 }));
    return entry;
  };
  const walk = (value: unknown, path: string) => {
    const kind = kindOf(value);
    const entry = at(path);
    entry.kinds.add(kind);
    if (kind === 'list') {
      for (const item of value as unknown[]) {
        entry.children.add(`${path}[]`);
        walk(item, `${path}[]`);
      }
    }
    if (kind !== 'object') return;
    entry.objects++;
    for (const [key, child] of Object.entries(value as object)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      entry.children.add(childPath);
      at(childPath).present++;
      walk(child, childPath);
    }
  };
  for (const sample of samples) walk(sample, '');
  const rows: KeyPath[] = [];
  const emit = (parent: Seen) => {
    for (const path of parent.children) {
      const entry = at(path);
      const optional = !path.endsWith('[]') && entry.present < parent.objects;
      rows.push({ path, kinds: [...entry.kinds].sort(), optional, alwaysEmpty: entry.kinds.has('list') && !entry.children.has(`${path}[]`) });
      emit(entry);
    }
  };
  emit(at(''));
  return rows;
}
