/**
 * Compares src/load/fast-yaml.ts with the `yaml` library node by node: kinds,
 * values (and their JavaScript types), key order, anchors, alias names and
 * start offsets. Shared by test/load/fast-yaml.test.ts and the fuzz test.
 */
import { isAlias, isMap, isScalar, isSeq, Node, parseDocument, Scalar } from 'yaml';
import { readFastYaml } from '../../src/load/fast-yaml';
import { FastNode } from '../../src/load/fast-yaml-nodes';

/** Undefined when the fast reader agrees with `yaml` (or left the text to it); else where and how they differ. */
export function differenceFromYaml(text: string, aliases: boolean): string | undefined {
  const fast = readFastYaml(text, { aliases });
  if (!fast) return undefined;
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) return `yaml reports ${document.errors[0].code} but the fast reader read the text`;
  return compare(fast.contents, document.contents, '$');
}

function compare(fast: unknown, slow: unknown, where: string): string | undefined {
  const f = fast as FastNode;
  const s = slow as Node | null;
  if (s === null) return `${where}: yaml has no node`;
  const kind = (n: unknown) => (isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : isAlias(n) ? 'alias' : 'other');
  if (kind(f) !== kind(s)) return `${where}: ${kind(f)} instead of ${kind(s)}`;
  if (f.range[0] !== s.range?.[0]) return `${where}: starts at ${f.range[0]} instead of ${s.range?.[0]}`;
  if ((f.anchor ?? null) !== ((s as { anchor?: string }).anchor ?? null)) return `${where}: anchor ${f.anchor} instead of ${(s as { anchor?: string }).anchor}`;
  if (isAlias(s)) return f.source === s.source ? undefined : `${where}: alias ${f.source} instead of ${s.source}`;
  if (isScalar(s)) return Object.is(f.value, (s as Scalar).value) ? undefined : `${where}: ${show(f.value)} instead of ${show((s as Scalar).value)}`;
  const items = (s as { items: unknown[] }).items;
  if (f.items?.length !== items.length) return `${where}: ${f.items?.length} items instead of ${items.length}`;
  for (let i = 0; i < items.length; i++) {
    const pair = items[i] as { key: unknown; value: unknown };
    const mine = f.items[i] as { key: unknown; value: unknown };
    const problem = isMap(s) ? (compare(mine.key, pair.key, `${where}.key${i}`) ?? compare(mine.value, pair.value, `${where}.${String((pair.key as Scalar).value)}`)) : compare(mine, items[i], `${where}[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}

const show = (value: unknown) => `${typeof value} ${JSON.stringify(value)}`;
