import { isMap, isScalar, isSeq, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { SourceLocation } from '../diagnostics/diagnostic';

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

export { isMap, isScalar, isSeq, YAMLMap, YAMLSeq };
