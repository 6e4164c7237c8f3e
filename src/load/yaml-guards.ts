/**
 * Checks that keep hostile YAML from hurting the run. The `yaml` parser
 * recurses once per nesting level and overflows the stack (sometimes fatally,
 * out of reach of any catch) near a thousand levels, so nesting is measured on
 * the token stream, which the lexer produces without recursion, before the
 * document is composed.
 * Aliases are refused rather than resolved: resolving them is how an alias
 * bomb turns a kilobyte of text into gigabytes.
 */
import { Alias, Composer, CST, Document, DocumentOptions, isScalar, Lexer, LineCounter, ParseOptions, Parser, Scalar, SchemaOptions, visit, YAMLParseError } from 'yaml';

type Token = CST.Token;
import { DisallowedCharacter, findDisallowed } from './text-policy';

import { MAX_NESTING } from './yaml-limits';

export { MAX_NESTING };

/** Lexer control tokens that stand for no source text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);
const LAYOUT = new Set<string>(['space', 'newline', 'comment', 'doc-mode', 'byte-order-mark', 'directive-line', 'doc-start', 'doc-end', 'flow-error-end']);

/**
 * Measures nesting token by token, as the lexer produces them, and gives the
 * offset of the first token nested deeper than `limit`. Counts an upper
 * bound: the block indentation levels open on the line, the `-`/`?`
 * indicators before the token on its line and the open flow brackets.
 */
export class NestingGauge {
  private readonly indents: number[] = [];
  private offset = 0;
  private flow = 0;
  private indicators = 0;
  private lineIndent: number | undefined = 0;
  private scalarNext = false;

  constructor(
    private readonly text: string,
    private readonly limit = MAX_NESTING,
  ) {}

  /** The token's offset when it is nested too deeply, else undefined. Tokens must come in the lexer's order. */
  feed(token: string): number | undefined {
    const start = this.offset;
    if (!MARKERS.has(token)) this.offset += token.length;
    if (this.scalarNext) {
      this.scalarNext = false;
      return undefined;
    }
    const type = token === '\x1f' ? 'scalar' : CST.tokenType(token);
    if (token === '\x1f') this.scalarNext = true;
    if (type === 'newline') [this.indicators, this.lineIndent] = [0, 0];
    else if (type === 'space' && this.lineIndent === 0 && start > 0 && this.text[start - 1] === '\n') this.lineIndent = token.length;
    if (type === null || LAYOUT.has(type)) return undefined;
    if (this.lineIndent !== undefined && this.flow === 0) {
      while (this.indents.length > 0 && this.indents[this.indents.length - 1] >= this.lineIndent) this.indents.pop();
      this.indents.push(this.lineIndent);
    }
    this.lineIndent = undefined;
    if (type === 'seq-item-ind' || type === 'explicit-key-ind') this.indicators++;
    if (type === 'flow-seq-start' || type === 'flow-map-start') this.flow++;
    if ((type === 'flow-seq-end' || type === 'flow-map-end') && this.flow > 0) this.flow--;
    return this.indents.length + this.indicators + this.flow > this.limit ? start : undefined;
  }
}

/** The offset of the first token nested deeper than `limit`, or undefined: a lexer pass on its own, for text that is not parsed next. */
export function excessiveNesting(text: string, limit = MAX_NESTING): number | undefined {
  const gauge = new NestingGauge(text, limit);
  for (const token of new Lexer().lex(text)) {
    const deep = gauge.feed(token);
    if (deep !== undefined) return deep;
  }
  return undefined;
}

/**
 * `parseDocument`, built from the same Parser and Composer, with the nesting
 * guard fed by the parser's own lexer: one lexer pass instead of two. The
 * parser keeps its open levels on a stack of its own; only composing
 * recurses, and a document nested too deeply is never composed.
 */
export function parseGuardedDocument(text: string, options: ParseOptions & DocumentOptions & SchemaOptions, lineCounter: LineCounter): { document: Document.Parsed } | { tooDeep: number } {
  const gauge = new NestingGauge(text);
  const parser = new Parser(lineCounter.addNewLine);
  // As Parser.parse() does it, with each token measured before the parser takes it.
  const tokens: Token[] = [];
  lineCounter.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    const tooDeep = gauge.feed(lexeme);
    if (tooDeep !== undefined) return { tooDeep };
    tokens.push(...parser.next(lexeme));
  }
  tokens.push(...parser.end());
  let document: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!document) document = next as Document.Parsed;
    else {
      document.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return { document: document as Document.Parsed };
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

/** The first string scalar (key or value) whose value holds a disallowed character, as escapes can put there. */
export function disallowedInScalars(document: Document.Parsed): DisallowedCharacter | undefined {
  let found: DisallowedCharacter | undefined;
  visit(document, {
    Scalar: (_key, node) => {
      if (!isScalar(node) || typeof node.value !== 'string') return undefined;
      const hit = findDisallowed(node.value);
      if (!hit) return undefined;
      found = { offset: node.range?.[0] ?? 0, codePoint: hit.codePoint };
      return visit.BREAK;
    },
  });
  return found;
}
