/**
 * Scalars for src/load/fast-yaml.ts, read as the `yaml` library reads them
 * under its YAML 1.2 core schema. Each function gives undefined for text it
 * does not handle, and the whole document then goes to `yaml`.
 */

import { findDisallowed } from './text-policy';

/** The core schema's tests, in the library's order (yaml/dist/schema/core). */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Characters after which a plain scalar can be nothing but a string: no number, null or boolean starts so. */
const SURELY_TEXT = /^[A-Za-z_$/(]/;
const MAYBE_KEYWORD = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** Per character, the last search for it: from where, and the first match from there (-1: none in the rest of the text). */
const lastSearch = new Map<string, { text: string; from: number; at: number }>();

/**
 * The first `char` in `text` from `from`, if it comes before `end` (a line's
 * end), else -1. Lines are read in order, and a match found from an earlier
 * offset answers every search from before it: so each character's
 * occurrences are found once, by the native `indexOf`, instead of lines
 * without one being searched to the end of the text again and again.
 */
export function indexIn(text: string, char: string, from: number, end: number): number {
  let last = lastSearch.get(char);
  if (last === undefined || last.text !== text || from < last.from || (last.at >= 0 && last.at < from)) {
    last = { text, from, at: text.indexOf(char, from) };
    lastSearch.set(char, last);
  }
  return last.at >= 0 && last.at < end ? last.at : -1;
}

/** Drops the searches of the last text read, which they hold on to. */
export function forgetSearches(): void {
  lastSearch.clear();
}

/** Where a comment starts on the line (a `#` after a blank), or -1. */
export function commentIn(text: string, from: number, end: number): number {
  for (let at = indexIn(text, '#', from, end); at >= 0; at = indexIn(text, '#', at + 1, end)) if (at > from && text[at - 1] === ' ') return at - 1;
  return -1;
}

/** Whether a plain scalar may start at `at`: not with an indicator, except `-`, `?` and `:` before a character that is not a blank (nor, in a flow collection, a bracket or comma). */
export function isPlainStart(text: string, at: number, end: number, inFlow = false): boolean {
  const c = text[at];
  if (c === '-' || c === '?' || c === ':') return at + 1 < end && text[at + 1] !== ' ' && !(inFlow && ',[]{}'.includes(text[at + 1]));
  return !',[]{}#&*!|>\'"%@`'.includes(c);
}

/** The text from `start` to `end` without the blanks that end it: YAML's blanks, spaces here (a tab never reaches the fast reader), not every character JavaScript's trimEnd() removes, such as U+00A0. */
export function sliceTrimmed(text: string, start: number, end: number): string {
  let stop = end;
  while (stop > start && text.charCodeAt(stop - 1) === 32) stop--;
  return text.slice(start, stop);
}

export type ScalarValue = string | number | boolean | null;

/** A plain scalar's value: null, a boolean, a number or the text itself. */
export function resolvePlain(text: string): ScalarValue {
  if (SURELY_TEXT.test(text) && !MAYBE_KEYWORD.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCTAL.test(text)) return parseInt(text.substring(2), 8);
  if (DECIMAL.test(text)) return parseInt(text, 10);
  if (HEX.test(text)) return parseInt(text.substring(2), 16);
  if (INF_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (EXPONENT.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** A single-quoted scalar that closes on its line: its value and the offset after the closing quote. */
export function readSingleQuoted(text: string, start: number, lineEnd: number): { value: string; end: number } | undefined {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = indexIn(text, "'", from, lineEnd);
    if (quote < 0) return undefined;
    value += text.slice(from, quote);
    if (text[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar that closes on its line: its value (escapes decoded) and the offset after the closing quote. */
export function readDoubleQuoted(text: string, start: number, lineEnd: number): { value: string; end: number } | undefined {
  let value = '';
  let from = start + 1;
  for (let at = from; at < lineEnd; at++) {
    const c = text[at];
    // Escapes can spell characters the text policy refuses; `yaml`'s path reports them.
    if (c === '"') return findDisallowed(value) ? undefined : { value: value + text.slice(from, at), end: at + 1 };
    if (c !== '\\') continue;
    value += text.slice(from, at);
    const code = text[at + 1];
    const length = HEX_LENGTH[code];
    if (length !== undefined) {
      const digits = text.slice(at + 2, at + 2 + length);
      const point = /^[0-9a-fA-F]+$/.test(digits) && digits.length === length ? parseInt(digits, 16) : -1;
      if (point < 0 || point > 0x10ffff) return undefined;
      value += String.fromCodePoint(point);
      at += 1 + length;
    } else if (code in ESCAPES) {
      value += ESCAPES[code];
      at += 1;
    } else return undefined;
    from = at + 1;
  }
  return undefined;
}
