/**
 * Flow collections on one line for src/load/fast-yaml.ts: `[a, 'b', 1]`,
 * `{ key: value, other: [x] }` and `[]`, `{}`, nested. Keys that are not
 * scalars, aliases, trailing commas, comments inside and anything else give
 * undefined, and the document goes to `yaml`.
 */
import { collection, FastNode, keyId, pairNode, scalarNode } from './fast-yaml-nodes';
import { isPlainStart, readDoubleQuoted, readSingleQuoted, resolvePlain, sliceTrimmed } from './fast-yaml-scalars';
import { FAST_NESTING } from './yaml-limits';
import { NODE_KINDS } from './yaml-nodes';

/** The collection opened at `start` (a `[` or `{`) and the offset after its closing bracket, all before `end`. */
export function readFlow(text: string, start: number, end: number, depth: number): { node: FastNode; end: number } | undefined {
  if (depth > FAST_NESTING) return undefined;
  const isMap = text[start] === '{';
  const close = isMap ? '}' : ']';
  const items: unknown[] = [];
  const keys = new Set<unknown>();
  let at = skip(text, start + 1);
  if (text[at] === close) return { node: collection(isMap ? NODE_KINDS.map : NODE_KINDS.seq, items, start), end: at + 1 };
  for (;;) {
    const first = isMap ? flowScalar(text, at, end, true) : flowNode(text, at, end, depth);
    if (!first) return undefined;
    at = skip(text, first.end);
    if (isMap) {
      if (text[at] !== ':' || text[at + 1] !== ' ' || keys.has(keyId(first.node.value))) return undefined;
      keys.add(keyId(first.node.value));
      const value = flowNode(text, skip(text, at + 1), end, depth);
      if (!value) return undefined;
      items.push(pairNode(first.node, value.node));
      at = skip(text, value.end);
    } else items.push(first.node);
    if (text[at] === close) return { node: collection(isMap ? NODE_KINDS.map : NODE_KINDS.seq, items, start), end: at + 1 };
    if (text[at] !== ',') return undefined;
    at = skip(text, at + 1);
  }
}

function flowNode(text: string, at: number, end: number, depth: number): { node: FastNode; end: number } | undefined {
  return text[at] === '[' || text[at] === '{' ? readFlow(text, at, end, depth + 1) : flowScalar(text, at, end, false);
}

function skip(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}

/** A quoted or plain scalar in a flow collection; a plain key stops at its `:`. */
function flowScalar(text: string, at: number, end: number, isKey: boolean): { node: FastNode; end: number } | undefined {
  const c = text[at];
  if (c === '"' || c === "'") {
    const quoted = c === '"' ? readDoubleQuoted(text, at, end) : readSingleQuoted(text, at, end);
    return quoted && { node: scalarNode(quoted.value, at), end: quoted.end };
  }
  let stop = at;
  while (stop < end && !',[]{}#:'.includes(text[stop])) stop++;
  const plain = sliceTrimmed(text, at, stop);
  // A `:` inside a plain value (`a:b`, a URL) is left to `yaml`, as is one after a plain key that is not followed by a blank.
  if (plain === '' || !isPlainStart(text, at, end, true) || (!isKey && text[stop] === ':')) return undefined;
  return { node: scalarNode(resolvePlain(plain), at), end: at + plain.length };
}
