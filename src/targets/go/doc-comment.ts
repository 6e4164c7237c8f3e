/**
 * Go doc comments. Since Go 1.19 gofmt rewrites every top-level doc comment
 * into go/doc/comment's canonical form (lists, code blocks, headings, link
 * definitions), so the text is emitted in a form that form leaves as it is:
 * only paragraphs and headings. Comment lines (`// text`) cannot end early;
 * what must go is anything the compiler rejects (NUL, a BOM) and the
 * characters gofmt would move or trim.
 */
import { AsciiTwin } from '../ascii-twin';

/** Comment lines for a declaration, starting with its name as Go style asks (`Directory is the ...`). */
export function goDocLines(name: string, lines: readonly string[]): string[] {
  const text = canonicalLines(lines);
  if (text.length === 0) return [];
  return [leadWithName(name, text[0]), ...text.slice(1)];
}

/** Lines of free text, canonical: no indentation, single blank lines, headings spelled `# Heading`. */
export function canonicalLines(lines: readonly string[]): string[] {
  const clean: string[] = [];
  for (const raw of lines) {
    const line = sanitize(raw).trim();
    if (line === '' && (clean.length === 0 || clean[clean.length - 1] === '')) continue;
    clean.push(neutralizeDirective(neutralizeLinkDefinition(doubleQuotes(line))));
  }
  while (clean.length > 0 && clean[clean.length - 1] === '') clean.pop();
  return clean.map((line, i) => (isHeadingSpan(clean, i) ? `# ${line.replace(/^# /, '').trim()}` : line));
}

/**
 * go/doc/comment reads two backquotes as “ and two single quotes as ” (a
 * run of three or more backquotes stays as written), so gofmt would rewrite
 * `'''` to `”'`. Go comments have no escape for them: the text is emitted
 * as gofmt would print it, so the file is canonical as emitted.
 */
export function doubleQuotes(line: string): string {
  return line.replace(/`{3,}|``|''/g, (run) => (run === '``' ? '\u201c' : run === "''" ? '\u201d' : run));
}

/** Tabs become spaces; characters Go rejects in source or treats as line ends become spaces too. */
export function sanitize(line: string): string {
  return line.replace(/[\x00-\x1f\x7f\ufeff]/g, ' ').replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPairedSurrogate(s, i) ? c : '\ufffd'));
}

function isPairedSurrogate(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}

/**
 * A comment line whose text starts with `+build` is a build constraint to
 * the go tool wherever it stands (`go vet`: misplaced +build comment; before
 * the package clause it would exclude the file). A backslash keeps the words
 * and ends that reading. Lines are emitted as `// text`, never `//text`, so
 * `//go:` and `//line` directives cannot form.
 */
function neutralizeDirective(line: string): string {
  return line.startsWith('+build') ? `\\${line}` : line;
}

/**
 * `[text]: https://...` alone would be read as a link definition and moved
 * to the end of the comment; `<url>` (still valid Markdown) is not one.
 */
function neutralizeLinkDefinition(line: string): string {
  const match = /^(\[[^\]]*\]:[ ])(\S.*)$/.exec(line);
  if (!match || !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(match[2])) return line;
  return `${match[1]}<${match[2]}>`;
}

/** A one-line paragraph that go/doc/comment reads as a heading, new style (`# X`) or old style. */
function isHeadingSpan(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (line === '' || (i > 0 && lines[i - 1] !== '') || (i + 1 < lines.length && lines[i + 1] !== '')) return false;
  if (/^# +\S/.test(line)) return true;
  return i > 0 && i + 2 < lines.length && isOldHeading(line);
}

/** go/doc/comment's `isOldHeading` text test: capitalised, no sentence punctuation. */
function isOldHeading(line: string): boolean {
  if (!UPPER_START.test(line) || !LETTER_OR_DIGIT_END.test(line)) return false;
  if (/[;:!?+*/=[\]{}_^\u00b0&\u00a7~%#@<">\\]/.test(line)) return false;
  if (remaindersAfter(line, "'").some((rest) => rest !== 's' && !rest.startsWith('s '))) return false;
  return !remaindersAfter(line, '.').some((rest) => rest === '' || rest.startsWith(' '));
}

/** The text after each occurrence of `ch`. */
function remaindersAfter(line: string, ch: string): string[] {
  return [...line].flatMap((c, i, chars) => (c === ch ? [chars.slice(i + 1).join('')] : []));
}

const ARTICLE = /^(A|An|The) (.*)$/;
/** A third-person verb opening a sentence (`Describes whether ...`). */
const VERB = new AsciiTwin(/^([A-Z][a-z]*[a-hj-rtv-z]s)(?![A-Za-z0-9])(.*)$/, /^(\p{Lu}\p{Ll}*[^sui\P{Ll}]s)(?![\p{L}\p{Nd}])(.*)$/u);
const PLAIN_WORD = new AsciiTwin(/^[A-Z][a-z]*(?![A-Za-z0-9])/, /^\p{Lu}\p{Ll}*(?![\p{L}\p{Nd}])/u);
const UPPER_START = new AsciiTwin(/^[A-Z]/, /^\p{Lu}/u);
const LETTER_OR_DIGIT_END = new AsciiTwin(/[A-Za-z0-9]$/, /[\p{L}\p{Nd}]$/u);

/**
 * `The name of ...` → `Name is the name of ...`; `Describes ...` →
 * `State describes ...`; other text → `ID is unique ...` (capitals kept when
 * the first word is an initialism or a name).
 */
export function leadWithName(name: string, first: string): string {
  if (first === name || first.startsWith(`${name} `)) return first;
  const article = ARTICLE.exec(first);
  if (article) return `${name} is ${article[1].toLowerCase()} ${article[2]}`;
  const verb = VERB.exec(first);
  if (verb) return `${name} ${verb[1].toLowerCase()}${verb[2]}`;
  const plainWord = PLAIN_WORD.test(first);
  return `${name} is ${plainWord ? first.charAt(0).toLowerCase() + first.slice(1) : first}`;
}
