/**
 * Checks that keep hostile YAML from hurting the run. The `yaml` parser
 * recurses once per nesting level and overflows the stack (sometimes fatally,
 * out of reach of any catch) near a thousand levels, so nesting is measured on
 * the token stream, which the lexer produces without recursion, before parsing.
 * Aliases are refused rather than resolved: resolving them is how an alias
 * bomb turns a kilobyte of text into gigabytes.
 */
import { Alias, CST, Document, isScalar, Lexer, Scalar, visit } from 'yaml';

/** Far above any real spec (the seeds nest 6 deep), far below where the parser overflows. */
export const MAX_NESTING = 64;

/** Lexer control tokens that stand for no source text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);
const LAYOUT = new Set<string>(['space', 'newline', 'comment', 'doc-mode', 'byte-order-mark', 'directive-line', 'doc-start', 'doc-end', 'flow-error-end']);

/**
 * The offset of the first token nested deeper than `limit`, or undefined.
 * Counts an upper bound: the block indentation levels open on the line, the
 * `-`/`?` indicators before the token on its line and the open flow brackets.
 */
export function excessiveNesting(text: string, limit = MAX_NESTING): number | undefined {
  const indents: number[] = [];
  let offset = 0;
  let flow = 0;
  let indicators = 0;
  let lineIndent: number | undefined = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    const start = offset;
    if (!MARKERS.has(token)) offset += token.length;
    if (scalarNext) {
      scalarNext = false;
      continue;
    }
    const type = token === '\x1f' ? 'scalar' : CST.tokenType(token);
    if (token === '\x1f') scalarNext = true;
    if (type === 'newline') [indicators, lineIndent] = [0, 0];
    else if (type === 'space' && lineIndent === 0 && start > 0 && text[start - 1] === '\n') lineIndent = token.length;
    if (type === null || LAYOUT.has(type)) continue;
    if (lineIndent !== undefined && flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= lineIndent) indents.pop();
      indents.push(lineIndent);
    }
    lineIndent = undefined;
    if (type === 'seq-item-ind' || type === 'explicit-key-ind') indicators++;
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    if (indents.length + indicators + flow > limit) return start;
  }
  return undefined;
}

/** Every alias node (`*name`) in the document, in source order. */
export function findAliases(document: Document.Parsed): Alias[] {
  const aliases: Alias[] = [];
  visit(document, { Alias: (_key, node) => void aliases.push(node) });
  return aliases;
}

/**
 * The first key that repeats an earlier key of its mapping, or undefined.
 * The `yaml` library's own check (`uniqueKeys`) compares each key with every
 * earlier one, so a mapping of n keys costs n² comparisons (40,000 keys took
 * 16 s); a Set per mapping makes it linear. Keys are compared as the library
 * does: scalars by value (so `1` and `"1"` differ), other keys never match.
 */
export function findDuplicateKey(document: Document.Parsed): Scalar | undefined {
  let duplicate: Scalar | undefined;
  visit(document, {
    Map: (_key, map) => {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const id = typeof pair.key.value === 'string' ? `s:${pair.key.value}` : pair.key.value;
        if (seen.has(id)) {
          duplicate = pair.key;
          return visit.BREAK;
        }
        seen.add(id);
      }
      return undefined;
    },
  });
  return duplicate;
}
