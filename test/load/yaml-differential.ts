/**
 * Compares src/load/fast-yaml.ts with the `yaml` library node by node: kinds,
 * values (and their JavaScript types), key order, anchors, alias names, start
 * offsets and the line and column each start is reported at. The library
 * parses behind modelgen's own guard (parseGuardedDocument), so a text the
 * fast reader takes is also one the guard lets through.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, Node, Scalar } from 'yaml';
import { readFastYaml } from '../../src/load/fast-yaml';
import { FastNode } from '../../src/load/fast-yaml-nodes';
import { lineLocator } from '../../src/load/line-locator';
import { parseGuardedDocument } from '../../src/load/yaml-guards';

export type Comparison = { readonly read: false } | { readonly read: true; readonly difference?: string };

/** Whether the fast reader read the text (else it left it to `yaml`) and, if it did, how it differs from `yaml`. */
export function compareWithYaml(text: string, aliases: boolean): Comparison {
  const fast = readFastYaml(text, { aliases });
  if (!fast) return { read: false };
  const lineCounter = new LineCounter();
  const parsed = parseGuardedDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }, lineCounter);
  if ('tooDeep' in parsed) return { read: true, difference: `the guard refuses it at ${parsed.tooDeep}` };
  const { document } = parsed;
  if (document.errors.length > 0) return { read: true, difference: `yaml reports ${document.errors[0].code}: ${document.errors[0].message}` };
  if (!aliases && hasAlias(document.contents)) return { read: true, difference: 'yaml finds an alias' };
  const position = lineLocator(fast.lineStarts);
  const where = (offset: number) => {
    const ours = position(offset);
    const theirs = lineCounter.linePos(offset);
    return ours.line === theirs.line && ours.column === theirs.col ? undefined : `offset ${offset} is ${ours.line}:${ours.column}, not ${theirs.line}:${theirs.col}`;
  };
  return { read: true, difference: compare(fast.contents, document.contents, '$', where) };
}

function hasAlias(node: unknown): boolean {
  if (isAlias(node)) return true;
  if (isMap(node)) return node.items.some((pair) => hasAlias(pair.key) || hasAlias(pair.value));
  return isSeq(node) && node.items.some(hasAlias);
}

const kindOf = (n: unknown) => (isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : isAlias(n) ? 'alias' : 'other');

function compare(fast: unknown, slow: unknown, path: string, where: (offset: number) => string | undefined): string | undefined {
  const f = fast as FastNode;
  const s = slow as Node | null;
  if (s === null) return `${path}: yaml has no node`;
  if (kindOf(f) !== kindOf(s)) return `${path}: ${kindOf(f)} instead of ${kindOf(s)}`;
  if (f.range[0] !== s.range?.[0]) return `${path}: starts at ${f.range[0]} instead of ${s.range?.[0]}`;
  const located = where(f.range[0]);
  if (located) return `${path}: ${located}`;
  const anchor = (s as { anchor?: string }).anchor;
  if (f.anchor !== anchor) return `${path}: anchor ${f.anchor} instead of ${anchor}`;
  if (isAlias(s)) return f.source === s.source ? undefined : `${path}: alias ${f.source} instead of ${s.source}`;
  if (isScalar(s)) return Object.is(f.value, (s as Scalar).value) ? undefined : `${path}: ${show(f.value)} instead of ${show((s as Scalar).value)}`;
  const items = (s as unknown as { items: unknown[] }).items;
  if (f.items?.length !== items.length) return `${path}: ${f.items?.length} items instead of ${items.length}`;
  for (let i = 0; i < items.length; i++) {
    const theirs = items[i] as { key: unknown; value: unknown };
    const ours = f.items[i] as { key: unknown; value: unknown };
    const problem = isMap(s)
      ? (compare(ours.key, theirs.key, `${path}.<key ${i}>`, where) ?? compare(ours.value, theirs.value, `${path}.${String((theirs.key as Scalar).value)}`, where))
      : compare(ours, items[i], `${path}[${i}]`, where);
    if (problem) return problem;
  }
  return undefined;
}

const show = (value: unknown) => `${typeof value} ${JSON.stringify(value)}`;
