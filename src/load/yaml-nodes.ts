/**
 * Reading `yaml`'s nodes. The type tests are the library's own rule (a
 * node's kind is a registered symbol, `Symbol.for('yaml.map')`), written out
 * here so that reading a config or a spec that src/load/fast-yaml.ts reads
 * needs none of the library.
 */
import type { Alias, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { SourceLocation } from '../diagnostics/diagnostic';

export const NODE_TYPE = Symbol.for('yaml.node.type');
export const NODE_KINDS = { map: Symbol.for('yaml.map'), seq: Symbol.for('yaml.seq'), scalar: Symbol.for('yaml.scalar'), pair: Symbol.for('yaml.pair'), alias: Symbol.for('yaml.alias') } as const;

const isKind = (node: unknown, kind: symbol) => !!node && typeof node === 'object' && (node as Record<symbol, unknown>)[NODE_TYPE] === kind;
export const isMap = (node: unknown): node is YAMLMap => isKind(node, NODE_KINDS.map);
export const isSeq = (node: unknown): node is YAMLSeq => isKind(node, NODE_KINDS.seq);
export const isScalar = (node: unknown): node is Scalar => isKind(node, NODE_KINDS.scalar);
export const isAlias = (node: unknown): node is Alias => isKind(node, NODE_KINDS.alias);

export type Locate = (offset: number) => SourceLocation;

export function locationOf(node: unknown, locate: Locate, fallback: SourceLocation): SourceLocation {
  const range = (node as Node | null | undefined)?.range;
  return range ? locate(range[0]) : fallback;
}

export function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'null';
    if (typeof v === 'object') return v instanceof Uint8Array ? 'binary data' : 'a tagged value';
    return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
  }
  return 'an alias or unknown node';
}

/** Key/value pairs of a mapping whose keys are scalars, in source order. */
export function mapPairs(map: YAMLMap): Array<{ key: string; keyNode: unknown; value: unknown }> {
  return map.items.map((pair: Pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    keyNode: pair.key,
    value: pair.value,
  }));
}

export function getPair(map: YAMLMap, key: string): { keyNode: unknown; value: unknown } | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair ? { keyNode: pair.key, value: pair.value } : undefined;
}

export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v;
  // Unquoted YAML numbers and booleans used as names (`key: 200`) read as text.
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export type { YAMLMap, YAMLSeq };
