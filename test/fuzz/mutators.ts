/**
 * Mutations of valid specs into malformed ones: structural (on the parsed
 * YAML, re-serialised), textual (on the source text) and byte-level (on the
 * encoded file). Each takes the PRNG, so a case is replayed from its seed.
 */
import { parse, stringify } from 'yaml';
import { splitFrontMatter } from '../../src/load/front-matter';
import { Random } from './prng';

export interface SpecFile {
  readonly path: string;
  readonly text: string;
}

type Slot = { readonly parent: Record<string, unknown> | unknown[]; readonly key: string | number };
type Textual = (text: string, random: Random) => string;

/** Names that must not become paths, code or prototype keys. */
export const HOSTILE_NAMES = ['../../etc/x', 'a/b', 'a\\b', '/abs', 'C:\\x', '..', '.', '', ' ', 'con', 'a\u0000b', '\u202e', '*/', '"""', '?>', '#{x}', '${x}', '__proto__', 'constructor', 'toString', 'Ünïcødé', '😀', '1abc', 'class'];
const WRONG_VALUES: readonly unknown[] = [42, -1.5, true, null, [], {}, 'text', [1, [2]], { a: { b: 1 } }, '(x.y)', '(directory.nope.titlecase)'];
const NOISE = [':', ': ', '- ', '[', ']', '{', '}', '"', "'", '&a ', '*a', '!tag ', '!!binary ', '\t', '%', '@', '`', '|', '>', '#', '\n---\n', '\r', '? ', ',', '\\', '\u0000', '\u2028'];

function slots(node: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(node)) node.forEach((child, i) => (out.push({ parent: node, key: i }), slots(child, out)));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) (out.push({ parent: node as Record<string, unknown>, key }), slots(child, out));
  }
  return out;
}

function get(slot: Slot): unknown {
  return (slot.parent as Record<string | number, unknown>)[slot.key];
}

function set(slot: Slot, value: unknown): void {
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
}

function remove(slot: Slot): void {
  if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
  else delete slot.parent[slot.key as string];
}

function nest(value: unknown, depth: number, random: Random): unknown {
  let result = value;
  for (let i = 0; i < depth; i++) result = random.chance(0.5) ? [result] : { n: result };
  return result;
}

const NAME_KEYS = new Set(['id', 'key', 'title', 'description', 'type']);

/** Each takes the document and its slots (computed once: walking the tree is the slow part). */
type Structural = (all: readonly Slot[], random: Random) => void;

const STRUCTURAL: Record<string, Structural> = {
  deleteKey: (all, r) => remove(r.pick(all)),
  wrongType: (all, r) => set(r.pick(all), structuredClone(r.pick(WRONG_VALUES))),
  wrongNesting: (all, r) => set(r.pick(all), nest(structuredClone(get(r.pick(all))), r.int(1, 3), r)),
  deepNesting: (all, r) => set(r.pick(all), nest('x', r.pick([10, 40, 70, 300]), r)),
  longString: (all, r) => set(r.pick(all), r.pick(['x', 'é', '😀', 'a b ', '\\', '*/', '- `v`\n']).repeat(r.pick([1000, 20000, 100000]))),
  hostileName: (all, r) => {
    const names = all.filter((s) => NAME_KEYS.has(String(s.key)));
    if (names.length > 0) set(r.pick(names), r.pick(HOSTILE_NAMES));
  },
  renameKey: (all, r) => {
    const slot = r.pick(all);
    if (Array.isArray(slot.parent)) return;
    const value = get(slot);
    remove(slot);
    slot.parent[r.pick([...HOSTILE_NAMES, 'reference', 'descriptions', 'curl', 'properties', 'optional'])] = value;
  },
  duplicateItem: (all, r) => {
    const slot = r.pick(all);
    if (Array.isArray(slot.parent)) slot.parent.push(structuredClone(get(slot)));
  },
  moveSubtree: (all, r) => set(r.pick(all), structuredClone(get(r.pick(all)))),
};

const TEXTUAL: Record<string, Textual> = {
  duplicateLine: (text, r) => {
    const lines = text.split('\n');
    const i = r.int(0, lines.length - 1);
    lines.splice(i, 0, lines[i]);
    return lines.join('\n');
  },
  deleteLine: (text, r) => {
    const lines = text.split('\n');
    lines.splice(r.int(0, lines.length - 1), 1);
    return lines.join('\n');
  },
  truncate: (text, r) => text.slice(0, r.int(0, text.length)),
  noise: (text, r) => {
    const at = r.int(0, text.length);
    return text.slice(0, at) + r.pick(NOISE) + text.slice(at);
  },
  aliasBomb: (text, r) => {
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const target = r.pick(['reference: *a9', 'descriptions: *a9', 'x: *a9', 'reference:\n  curl: *a9']);
    return replaceYaml(text, (yaml) => `${levels.join('\n')}\n${yaml.replace(/^reference:.*$/m, target)}`);
  },
  deepBrackets: (text, r) => {
    const at = r.int(0, text.length);
    const n = r.pick([100, 1000, 10000]);
    return text.slice(0, at) + r.pick(['[', '{', '- ', '[{"a": ']).repeat(n) + (r.chance(0.5) ? ']'.repeat(n) : '') + text.slice(at);
  },
  deepIndent: (text, r) => replaceYaml(text, (yaml) => `${yaml}deep:\n${Array.from({ length: r.pick([50, 200, 1000]) }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} x\n`),
  lineEndings: (text, r) => (r.chance(0.5) ? text.replace(/\n/g, '\r\n') : `\uFEFF${text}`),
  notAMapping: (text, r) => replaceYaml(text, () => r.pick(['- a\n', '42\n', '"text"\n', '~\n', '', '# only a comment\n'])),
  tabs: (text, r) => text.replace(/^( +)/gm, (indent) => (r.chance(0.1) ? '\t'.repeat(indent.length / 2) : indent)),
};

/** Applies `edit` to the YAML part of a spec (the front matter of a page). */
function replaceYaml(text: string, edit: (yaml: string) => string): string {
  const split = splitFrontMatter(text);
  if (!split) return edit(text);
  return `---\n${edit(split.yaml)}---\n${split.body}`;
}

/** The seeds, parsed once. */
const parsedSeeds = new Map<string, unknown>();

/** Applies the structural mutations in `names` to the spec's YAML, parsed once and serialised once. */
function structural(spec: SpecFile, names: readonly string[], random: Random): string {
  return replaceYaml(spec.text, (yaml) => {
    if (!parsedSeeds.has(yaml)) parsedSeeds.set(yaml, parse(yaml));
    const doc = structuredClone(parsedSeeds.get(yaml));
    for (const name of names) {
      const all = slots(doc);
      if (all.length > 0) STRUCTURAL[name](all, random);
    }
    return stringify(doc, { lineWidth: 0 });
  });
}

/** Bytes that are not UTF-8: lone continuation, truncated sequence, overlong, surrogate, 0xFF. */
const BAD_BYTES = [[0x80], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xff], [0xfe, 0xff], [0xf4, 0x90, 0x80, 0x80]];

function invalidUtf8(bytes: Buffer, random: Random): Buffer {
  const at = random.int(0, bytes.length);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(random.pick(BAD_BYTES)), bytes.subarray(at)]);
}

export const MUTATOR_NAMES = [...Object.keys(STRUCTURAL), ...Object.keys(TEXTUAL), 'invalidUtf8'];

/**
 * One to three mutations of `spec`, with their names for the failure message:
 * structural ones first (they need YAML that parses), then textual, then bytes.
 */
export function mutate(spec: SpecFile, random: Random): { readonly names: string[]; readonly bytes: Buffer } {
  const names = Array.from({ length: random.int(1, 3) }, () => random.pick(MUTATOR_NAMES));
  const order = (name: string) => (name in STRUCTURAL ? 0 : name in TEXTUAL ? 1 : 2);
  names.sort((a, b) => order(a) - order(b));
  const structuralNames = names.filter((n) => n in STRUCTURAL);
  let text = structuralNames.length > 0 ? structural(spec, structuralNames, random) : spec.text;
  for (const name of names.filter((n) => n in TEXTUAL)) text = TEXTUAL[name](text, random);
  let bytes: Buffer = Buffer.from(text);
  for (let n = names.filter((name) => name === 'invalidUtf8').length; n > 0; n--) bytes = invalidUtf8(bytes, random);
  return { names, bytes };
}
