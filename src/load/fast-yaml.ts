/**
 * One fast pass over the YAML specs are written in: block mappings and
 * lists, plain and quoted scalars on one line, literal and folded block
 * scalars, one-line flow lists, comments, and (where the caller allows them)
 * anchors and aliases. It builds nodes shaped like the `yaml` library's (the
 * same kinds, values, key order, anchors and start offsets, which is all
 * modelgen reads of them) in a fraction of the library's time and memory.
 * Anything else, and anything wrong, gives undefined: the caller then parses
 * with `yaml` behind its guards, which also says what is wrong. So what this
 * reads is never different from what `yaml` would read
 * (test/load/fast-yaml.test.ts compares the two on every spec and fixture
 * and on generated inputs), and every diagnostic still comes from `yaml`.
 *
 * Nesting is measured by the structure itself, so no lexer pass runs on a
 * spec read here: past FAST_NESTING levels the text goes to `yaml`, whose
 * guard (yaml-guards.ts) decides. FAST_NESTING is half the guard's limit:
 * the guard counts at most the open levels plus the `-` on the line, so it
 * never refuses what is read here.
 */
import { findDisallowed } from './text-policy';
import { readBlockScalar } from './fast-yaml-block-scalar';
import { readFlow } from './fast-yaml-flow';
import { ALIAS, aliasNode, collection, FastNode, keyId, pairNode, scalarNode } from './fast-yaml-nodes';
import { commentIn, forgetSearches, indexIn, isPlainStart, readDoubleQuoted, readSingleQuoted, resolvePlain, sliceTrimmed } from './fast-yaml-scalars';
import { FAST_NESTING } from './yaml-limits';
import { NODE_KINDS, NODE_TYPE } from './yaml-nodes';

export interface FastYaml {
  /** The root node, as `Document.contents`. */
  readonly contents: unknown;
  /** Each alias node → the node its anchor named last before it. */
  readonly aliases: ReadonlyMap<unknown, unknown>;
  /** The offset each line starts at, for src/load/line-locator.ts. */
  readonly lineStarts: readonly number[];
}

/** Thrown (and caught in readFastYaml) for anything outside the subset. */
const OUTSIDE = new Error('outside the fast YAML subset');

/** Keys longer than this are left to `yaml`, which limits implicit keys to 1024 characters. */
const MAX_KEY = 1000;
/** Characters that end the fast path wherever they are: tabs, carriage returns, a byte order mark, document markers and directives. */
const UNHANDLED_TEXT = /[\t\r\ufeff]|^(?:---|\.\.\.|%)/m;
const ANCHOR = /[^\s,[\]{}]+/y;

/** The document's root and aliases as `yaml` reads them, or undefined when the text is outside the subset or wrong. */
export function readFastYaml(text: string, options: { readonly aliases: boolean }): FastYaml | undefined {
  if (UNHANDLED_TEXT.test(text) || findDisallowed(text)) return undefined;
  try {
    return new Reader(text, options.aliases).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  } finally {
    forgetSearches();
  }
}

class Reader {
  /** Per line: the offset it starts at, its indentation and the offset of its line break (or the text's end). */
  private readonly starts: number[] = [];
  private readonly indents: number[] = [];
  private readonly ends: number[] = [];
  /** The first line not read yet. */
  private line = 0;
  private readonly anchors = new Map<string, unknown>();
  private readonly aliasTargets = new Map<unknown, unknown>();

  constructor(
    private readonly text: string,
    private readonly allowAliases: boolean,
  ) {
    for (let start = 0; start <= text.length; ) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      let indent = start;
      while (text.charCodeAt(indent) === 32) indent++;
      this.starts.push(start);
      this.indents.push(indent - start);
      this.ends.push(stop);
      start = stop + 1;
    }
  }

  document(): FastYaml {
    const first = this.nextContent(0);
    if (first < 0 || this.indents[first] !== 0) throw OUTSIDE;
    const contents = this.block(first, 0, -1, 0);
    if (this.nextContent(this.line) >= 0) throw OUTSIDE;
    return { contents, aliases: this.aliasTargets, lineStarts: this.starts };
  }

  /** The first line from `from` on that holds more than blanks and a comment, or -1. */
  private nextContent(from: number): number {
    for (let i = from; i < this.starts.length; i++) {
      const at = this.starts[i] + this.indents[i];
      if (at < this.ends[i] && this.text[at] !== '#') return i;
    }
    return -1;
  }

  private isSeqItem(i: number, col: number): boolean {
    const at = this.starts[i] + col;
    return this.text[at] === '-' && (at + 1 === this.ends[i] || this.text[at + 1] === ' ');
  }

  /** The node that starts on line `i` at column `col`, inside a block indented `parent`. */
  private block(i: number, col: number, parent: number, depth: number): unknown {
    if (depth > FAST_NESTING) throw OUTSIDE;
    if (this.isSeqItem(i, col)) {
      if (col !== this.indents[i]) throw OUTSIDE;
      return this.sequence(i, col, depth);
    }
    const at = this.starts[i] + col;
    const c = this.text[at];
    if (c === '&' || c === '*') return this.withProperties(i, col, parent, depth);
    if (this.keyAt(i, col)) return this.mapping(i, col, depth);
    return this.inline(i, col, parent, depth);
  }

  private mapping(first: number, indent: number, depth: number): unknown {
    const items: unknown[] = [];
    const seen = new Set<unknown>();
    const start = this.starts[first] + indent;
    for (let i = first; ; ) {
      const key = this.keyAt(i, indent);
      if (!key) throw OUTSIDE;
      const id = keyId(key.node.value);
      if (seen.has(id)) throw OUTSIDE;
      seen.add(id);
      const value = this.value(i, key.valueCol, indent, depth + 1, false);
      items.push(pairNode(key.node, value));
      const next = this.nextContent(this.line);
      if (next < 0 || this.indents[next] < indent) break;
      if (this.indents[next] > indent) throw OUTSIDE;
      i = next;
    }
    return collection(NODE_KINDS.map, items, start);
  }

  private sequence(first: number, indent: number, depth: number): unknown {
    const items: unknown[] = [];
    for (let i = first; ; ) {
      items.push(this.value(i, indent + 1, indent, depth + 1, true));
      const next = this.nextContent(this.line);
      if (next < 0 || this.indents[next] < indent || (this.indents[next] === indent && !this.isSeqItem(next, indent))) break;
      if (this.indents[next] > indent) throw OUTSIDE;
      i = next;
    }
    return collection(NODE_KINDS.seq, items, this.starts[first] + indent);
  }

  /** What follows a `key:` or a `-` (`isItem`) on line `i` from column `col` on: on the line, on the lines below, or nothing. */
  private value(i: number, col: number, parent: number, depth: number, isItem: boolean): unknown {
    const at = this.skipSpaces(i, col);
    if (at < this.ends[i] && this.text[at] !== '#') {
      // `- - a` is a list in a list, `- a: b` a mapping in a list; `a: b: c` is an error, `a: - b` too.
      if (this.isSeqItem(i, at - this.starts[i]) || (!isItem && this.keyAt(i, at - this.starts[i]))) throw OUTSIDE;
      return this.block(i, at - this.starts[i], parent, depth);
    }
    return this.below(i, at, parent, depth);
  }

  /** The node on the lines after line `i`, or the empty scalar `yaml` puts at `emptyAt`. */
  private below(i: number, emptyAt: number, parent: number, depth: number): unknown {
    const next = this.nextContent(i + 1);
    const nested = next >= 0 && (this.indents[next] > parent || (this.indents[next] === parent && this.isSeqItem(next, parent) && this.isMapValue(i, parent)));
    if (nested) return this.block(next, this.indents[next], parent, depth);
    this.line = i + 1;
    return scalarNode(null, emptyAt);
  }

  /** Whether the value that ends line `i` belongs to a key of the mapping indented `parent` (which may hold a list at its own indentation). */
  private isMapValue(i: number, parent: number): boolean {
    return !this.isSeqItem(i, parent) || this.indents[i] !== parent;
  }

  /** `&anchor` and `*alias`, allowed only where the caller allows them. */
  private withProperties(i: number, col: number, parent: number, depth: number): unknown {
    if (!this.allowAliases) throw OUTSIDE;
    const at = this.starts[i] + col;
    ANCHOR.lastIndex = at + 1;
    const name = ANCHOR.exec(this.text)?.[0];
    if (name === undefined || ANCHOR.lastIndex > this.ends[i]) throw OUTSIDE;
    const after = ANCHOR.lastIndex;
    if (this.text[at] === '*') {
      if (!this.anchors.has(name)) throw OUTSIDE;
      this.endOfLine(i, after);
      this.nextLine(i, parent);
      const alias = aliasNode(name, at);
      this.aliasTargets.set(alias, this.anchors.get(name));
      return alias;
    }
    if (after < this.ends[i] && this.text[after] !== ' ') throw OUTSIDE;
    const rest = this.skipSpaces(i, after - this.starts[i]);
    const onLine = rest < this.ends[i] && this.text[rest] !== '#';
    // `&a key: value` anchors the key, not the mapping.
    if (onLine && this.keyAt(i, rest - this.starts[i])) throw OUTSIDE;
    const node = onLine ? this.block(i, rest - this.starts[i], parent, depth) : this.below(i, rest, parent, depth);
    // An alias takes no anchor, and a node no second one.
    if ((node as FastNode)[NODE_TYPE] === ALIAS || (node as FastNode).anchor !== undefined) throw OUTSIDE;
    (node as FastNode).anchor = name;
    this.anchors.set(name, node);
    return node;
  }

  /** A `key:` at column `col` of line `i`, with the column its value starts at; undefined when the line holds no key there. */
  private keyAt(i: number, col: number): { node: FastNode; valueCol: number } | undefined {
    const start = this.starts[i] + col;
    const end = this.ends[i];
    const c = this.text[start];
    let value: unknown;
    let colon: number;
    if (c === '[' || c === '{') return undefined;
    if (c === '"' || c === "'") {
      const quoted = c === '"' ? readDoubleQuoted(this.text, start, end) : readSingleQuoted(this.text, start, end);
      if (!quoted || this.text[quoted.end] !== ':') return undefined;
      value = quoted.value;
      colon = quoted.end;
    } else {
      colon = this.findColon(start, end);
      if (colon < 0) return undefined;
      const text = sliceTrimmed(this.text, start, colon);
      if (text === '' || !isPlainStart(this.text, start, end)) throw OUTSIDE;
      value = resolvePlain(text);
    }
    if (colon + 1 < end && this.text[colon + 1] !== ' ') return undefined;
    if (colon - start > MAX_KEY) throw OUTSIDE;
    return { node: scalarNode(value, start), valueCol: colon + 1 - this.starts[i] };
  }

  /** The `:` that ends a plain key on the line (followed by a space or the line's end), or -1; a comment before it means there is none. */
  private findColon(start: number, end: number): number {
    const comment = commentIn(this.text, start, end);
    for (let at = indexIn(this.text, ':', start, end); at >= 0; at = indexIn(this.text, ':', at + 1, end)) {
      if (comment >= 0 && comment < at) return -1;
      if (at + 1 === end || this.text[at + 1] === ' ') return at;
    }
    return -1;
  }


  /** A scalar or a flow collection that starts at column `col` of line `i` and ends on it. */
  private inline(i: number, col: number, parent: number, depth: number): unknown {
    const start = this.starts[i] + col;
    const end = this.ends[i];
    const c = this.text[start];
    let node: unknown;
    if (c === '|' || c === '>') {
      const block = readBlockScalar(this.text, start, { starts: this.starts, indents: this.indents, ends: this.ends }, i, parent);
      if (!block) throw OUTSIDE;
      this.line = block.nextLine;
      return scalarNode(block.value, start);
    }
    if (c === '"' || c === "'" || c === '[' || c === '{') {
      const read = c === '"' ? readDoubleQuoted(this.text, start, end) : c === "'" ? readSingleQuoted(this.text, start, end) : readFlow(this.text, start, end, depth);
      if (!read) throw OUTSIDE;
      this.endOfLine(i, read.end);
      node = 'node' in read ? read.node : scalarNode(read.value, start);
    } else node = this.plain(start, end);
    this.nextLine(i, parent);
    return node;
  }

  /** Moves past line `i`, whose node ends with it; a line below indented more than `parent` would continue it, which is left to `yaml`. */
  private nextLine(i: number, parent: number): void {
    this.line = i + 1;
    const next = this.nextContent(i + 1);
    if (next >= 0 && this.indents[next] > parent) throw OUTSIDE;
  }

  /** A plain scalar to the end of its line (or a comment). */
  private plain(start: number, end: number): unknown {
    if (!isPlainStart(this.text, start, end)) throw OUTSIDE;
    const comment = commentIn(this.text, start, end);
    const text = sliceTrimmed(this.text, start, comment >= 0 ? comment : end);
    if (text.includes(': ') || text.endsWith(':')) throw OUTSIDE;
    return scalarNode(resolvePlain(text), start);
  }


  /** Only blanks and a comment may follow `at` on line `i`. */
  private endOfLine(i: number, at: number): void {
    const rest = this.skipSpaces(i, at - this.starts[i]);
    if (rest < this.ends[i] && (this.text[rest] !== '#' || rest === at)) throw OUTSIDE;
  }

  private skipSpaces(i: number, col: number): number {
    let at = this.starts[i] + col;
    while (at < this.ends[i] && this.text[at] === ' ') at++;
    return at;
  }
}
