/**
 * PHPDoc text. Inside `/** ... *\/` only a star-slash ends the comment (`?>`
 * is harmless there, unlike in `//` comments), and a line starting with `@`
 * would read as a tag. Lines are wrapped because phpcs warns past 120
 * columns; PSR-12 asks for 80.
 */

/** Generated lines stay within this many columns, except for words longer than a line. */
export const LINE_WIDTH = 80;

export interface PhpDoc {
  /** The comment's text lines, escaped and wrapped; empty lines are paragraph breaks. */
  readonly lines: readonly string[];
  /** Set when the comment fits on one line: `/** text *\/`. */
  readonly single: string | null;
}

/**
 * A doc comment whose `/**` starts at column `indent` (0-based). `tags` are
 * PHPDoc tags the target writes itself (`@var list<int>`): added after the
 * text as their own paragraph, not escaped and not wrapped.
 */
export function docComment(lines: readonly string[], indent: number, tags: readonly string[] = []): PhpDoc {
  const width = Math.max(40, LINE_WIDTH - indent - ' * '.length);
  const text = lines.flatMap((line) => wrapLine(escapeText(line), width));
  const escaped = text.length > 0 && tags.length > 0 ? [...text, '', ...tags] : [...text, ...tags];
  const fitsOnOneLine = escaped.length === 1 && indent + '/** '.length + length(escaped[0]) + ' */'.length <= LINE_WIDTH;
  return { lines: escaped, single: fitsOnOneLine ? escaped[0] : null };
}

/** A comment at column 0 as the `php/doc` partial lays it out, for the file header, which must be known in TypeScript. */
export function docCommentText(doc: PhpDoc): string {
  if (doc.single !== null) return `/** ${doc.single} */`;
  return ['/**', ...doc.lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'].join('\n');
}

/**
 * Tabs and control characters become spaces; a star-slash gets a backslash
 * between; a line starting with `@` gets a backslash before it.
 */
export function escapeText(line: string): string {
  return escapeTagStart(
    line
      .replace(/\t/g, '    ')
      .replace(/[\x00-\x1f\x7f]/g, ' ')
      .replace(/\*\//g, '*\\/')
      .replace(/[ ]+$/, ''),
  );
}

/** A line starting with `@` would be read as a PHPDoc tag. */
function escapeTagStart(text: string): string {
  return text.replace(/^(\s*)@/, '$1\\@');
}

/**
 * Splits an escaped line at spaces so each part fits `width`; list items keep
 * their hanging indent, and a part that would start with `@` is escaped.
 */
export function wrapLine(line: string, width: number): string[] {
  if (length(line) <= width) return [line];
  const lead = /^(\s*(?:[-*+]|\d+[.)])\s+|\s*)/.exec(line)?.[0] ?? '';
  const hanging = ' '.repeat(length(lead));
  // A `code span` is kept whole, so a value such as `azure scim v2.0` never breaks.
  const words = line.slice(lead.length).match(/(?:`[^`]*`|[^ `]+|`)+/g) ?? [];
  const result: string[] = [];
  let current = lead;
  let started = false;
  for (const word of words) {
    if (!started) {
      current += word;
      started = true;
    } else if (length(current) + 1 + length(word) <= width) current += ` ${word}`;
    else {
      result.push(current);
      current = hanging + escapeTagStart(word);
    }
  }
  result.push(current);
  return result;
}

/** Columns as phpcs counts them: code points, not UTF-16 units. */
function length(text: string): number {
  return [...text].length;
}
