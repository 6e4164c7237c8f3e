/**
 * The YAML most config files are: block mappings of plain names, values that
 * are plain or simply quoted strings, and lists of them (`specs: [specs]`),
 * with comments. Read here into nodes shaped like the `yaml` library's (the
 * same kinds, values and start offsets, which is all the config's
 * validation reads), so a config read costs no YAML library at all. Anything
 * else, from a number or a tag to a duplicate key or a tab, gives undefined
 * and the caller parses with `yaml` itself, which then also reports what is
 * wrong. So what this reads is never different from what `yaml` would read,
 * only faster.
 */
import { NODE_KINDS, NODE_TYPE } from '../load/yaml-nodes';

interface Line {
  readonly indent: number;
  /** Offset of the first character after the indentation. */
  readonly start: number;
  /** The content after the indentation, comment and trailing blanks removed. */
  readonly text: string;
}

type SimpleNode = Record<symbol, symbol> & ({ readonly value: string; readonly range: number[] } | { readonly items: unknown[]; readonly range: number[] });

/** Beyond any config modelgen reads (targets.<name>.<option> is three). */
const MAX_DEPTH = 8;
const KEY = /^([A-Za-z0-9_$][A-Za-z0-9_$./-]*):(?: |$)/;
/** Plain scalars that `yaml`'s core schema reads as strings, and nothing else: no indicator first, nothing that could be a number, null or a boolean. */
const PLAIN = /^(?:[A-Za-z_$/]|\.\.?\/)/;
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

class NotSimple extends Error {}

/** The document's top mapping as `yaml` would read it, or undefined when the text is not that simple. */
export function readSimpleYaml(text: string): unknown {
  if (/[\t\r\ufeff]/.test(text) || /^(?:---|\.\.\.|%)/m.test(text)) return undefined;
  const lines = contentLines(text);
  if (lines === undefined || lines.length === 0 || lines[0].indent !== 0) return undefined;
  try {
    const cursor = { at: 0 };
    const root = readMap(lines, cursor, 0, 0);
    return cursor.at === lines.length ? root : undefined;
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}

function contentLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const indent = raw.length - raw.trimStart().length;
    const body = raw.slice(indent);
    const start = offset + indent;
    offset += raw.length + 1;
    if (body === '' || body.startsWith('#')) continue;
    const comment = body.indexOf(' #');
    // A `#` inside quotes is text, not a comment; such lines are left to `yaml`.
    if ((comment >= 0 || body.includes('#')) && /['"]/.test(body)) return undefined;
    lines.push({ indent, start, text: (comment >= 0 ? body.slice(0, comment) : body).trimEnd() });
  }
  return lines;
}

const node = (kind: symbol, fields: object): SimpleNode => Object.assign({ [NODE_TYPE]: kind }, fields) as unknown as SimpleNode;

function readMap(lines: readonly Line[], cursor: { at: number }, indent: number, depth: number): SimpleNode {
  if (depth > MAX_DEPTH) throw new NotSimple();
  const start = lines[cursor.at].start;
  const items: unknown[] = [];
  const keys = new Set<string>();
  while (cursor.at < lines.length && lines[cursor.at].indent === indent) {
    const line = lines[cursor.at];
    const match = KEY.exec(line.text);
    if (!match || keys.has(match[1])) throw new NotSimple();
    keys.add(match[1]);
    const key = node(NODE_KINDS.scalar, { value: match[1], range: [line.start, line.start + match[1].length, line.start + match[1].length] });
    const rest = line.text.slice(match[0].length).trimStart();
    cursor.at++;
    const value = rest === '' ? readNested(lines, cursor, indent, depth) : readInline(rest, line.start + line.text.indexOf(rest, match[0].length));
    items.push(node(NODE_KINDS.pair, { key, value }));
  }
  if (cursor.at < lines.length && lines[cursor.at].indent > indent) throw new NotSimple();
  return node(NODE_KINDS.map, { items, range: [start] });
}

/** The value on the lines after `key:`: a mapping indented more, or a list indented more or as much. */
function readNested(lines: readonly Line[], cursor: { at: number }, indent: number, depth: number): SimpleNode {
  const next = lines[cursor.at];
  if (next === undefined) throw new NotSimple();
  if (next.text.startsWith('- ') && next.indent >= indent) return readList(lines, cursor, next.indent);
  if (next.indent > indent) return readMap(lines, cursor, next.indent, depth + 1);
  throw new NotSimple();
}

function readList(lines: readonly Line[], cursor: { at: number }, indent: number): SimpleNode {
  const items: unknown[] = [];
  const start = lines[cursor.at].start;
  while (cursor.at < lines.length && lines[cursor.at].indent === indent && lines[cursor.at].text.startsWith('- ')) {
    const line = lines[cursor.at];
    const item = line.text.slice(2).trimStart();
    items.push(readScalar(item, line.start + line.text.length - item.length, false));
    cursor.at++;
  }
  return node(NODE_KINDS.seq, { items, range: [start] });
}

function readInline(text: string, offset: number): SimpleNode {
  if (!text.startsWith('[')) return readScalar(text, offset, false);
  if (!text.endsWith(']')) throw new NotSimple();
  const inner = text.slice(1, -1);
  const items: SimpleNode[] = [];
  if (inner.trim() !== '') {
    let at = offset + 1;
    for (const part of inner.split(',')) {
      const item = part.trim();
      items.push(readScalar(item, at + part.indexOf(item), true));
      at += part.length + 1;
    }
  }
  return node(NODE_KINDS.seq, { items, range: [offset] });
}

function readScalar(text: string, offset: number, inFlow: boolean): SimpleNode {
  const quote = text[0];
  let value: string;
  if (quote === "'" || quote === '"') {
    value = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith(quote) || value.includes(quote) || (quote === '"' && value.includes('\\'))) throw new NotSimple();
  } else {
    value = text;
    if (!PLAIN.test(value) || NOT_A_STRING.test(value) || value.includes(': ') || value.endsWith(':') || (inFlow && /[[\]{}]/.test(value))) throw new NotSimple();
  }
  return node(NODE_KINDS.scalar, { value, range: [offset, offset + text.length, offset + text.length] });
}
