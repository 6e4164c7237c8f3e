/**
 * Literal (`|`) and folded (`>`) block scalars for src/load/fast-yaml.ts,
 * with the three chompings (clip, `-` strip, `+` keep), and an explicit
 * indentation (`|2-`) after a mapping's key. More-indented lines in a
 * folded scalar and an empty scalar give undefined, and the document goes
 * to `yaml`.
 */

export interface LineTable {
  readonly starts: readonly number[];
  readonly indents: readonly number[];
  readonly ends: readonly number[];
}

/** `|` or `>`, a chomping indicator, then blanks and a comment to the end of the line. */
const HEADER = /[|>](?:([-+]?)([1-9]?)|([1-9])([-+]))(?: +#[^\n]*| *)(?=\n|$)/y;

/** The scalar whose header is at `start` on line `i`, in a block indented `parent`: its value and the first line after it. */
export function readBlockScalar(text: string, start: number, lines: LineTable, i: number, parent: number): { value: string; nextLine: number } | undefined {
  HEADER.lastIndex = start;
  const header = HEADER.exec(text);
  if (!header) return undefined;
  const count = text.endsWith('\n') ? lines.starts.length - 1 : lines.starts.length;
  const isBlank = (j: number) => lines.starts[j] + lines.indents[j] === lines.ends[j];
  let first = i + 1;
  while (first < count && isBlank(first)) first++;
  if (first === count || lines.indents[first] <= parent) return undefined;
  const [, chompFirst, digitLast, digitFirst, chompLast] = header;
  const digit = digitLast || digitFirst;
  const explicit = digit ? parent + Number(digit) : undefined;
  // Only after a key at the start of its line is it clear what the indentation is relative to.
  if (explicit !== undefined && (lines.indents[i] !== parent || text[lines.starts[i] + parent] === '-' || lines.indents[first] < explicit)) return undefined;
  const indent = explicit ?? lines.indents[first];
  for (let j = i + 1; j < first; j++) if (lines.indents[j] > indent) return undefined;
  const content: string[] = [];
  let end = first;
  let trailing = 0;
  for (let j = first; j < count; j++) {
    // A blank last line without a line break adds nothing, not even to a kept ending.
    if (isBlank(j) && lines.indents[j] <= indent) trailing += lines.ends[j] < text.length ? 1 : 0;
    else if (lines.indents[j] < indent) break;
    else {
      for (; trailing > 0; trailing--) content.push('');
      content.push(text.slice(lines.starts[j] + indent, lines.ends[j]));
    }
    end = j + 1;
  }
  if (end < count && lines.indents[end] > parent) return undefined;
  const folded = text[start] === '>';
  if (folded && content.some((line) => line.startsWith(' '))) return undefined;
  const body = '\n'.repeat(first - i - 1) + (folded ? fold(content) : content.join('\n'));
  const chomp = chompFirst || chompLast;
  const value = chomp === '-' ? body : chomp === '+' ? body + '\n'.repeat(trailing + 1) : body + '\n';
  return { value, nextLine: end };
}

/** Folding: a line break between two lines of text is a space; each empty line between them is a line break. */
function fold(lines: readonly string[]): string {
  let result = lines[0];
  let empty = 0;
  for (let j = 1; j < lines.length; j++) {
    if (lines[j] === '') empty++;
    else {
      result += empty === 0 ? ` ${lines[j]}` : '\n'.repeat(empty) + lines[j];
      empty = 0;
    }
  }
  return result;
}
