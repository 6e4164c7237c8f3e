/**
 * One policy for the characters of spec text, applied when a spec is loaded
 * so every target sees the same text: control characters other than tab and
 * line breaks, lone UTF-16 surrogates (`"\uD800"` in a YAML string) and the
 * noncharacters U+FFFE/U+FFFF are refused with their position. No target can
 * carry them faithfully: C# doc comments reject them as XML (CS1570), a lone
 * surrogate has no UTF-8 encoding (it would be written as U+FFFD, so the
 * file could never match its own rendering), and ESC or BEL would drive the
 * terminal of whoever reads the file or its diff.
 */

/** C1 controls (U+0080-U+009F) stay: U+0085 is a line break every target handles, and `check` escapes them when printing. */
const DISALLOWED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface DisallowedCharacter {
  /** Offset in the text searched: the file's text, or the YAML text for a scalar. */
  readonly offset: number;
  /** `U+0007`. */
  readonly codePoint: string;
}

export function findDisallowed(text: string): { index: number; codePoint: string } | undefined {
  const match = DISALLOWED.exec(text);
  return match ? { index: match.index, codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` } : undefined;
}

/** What a character is, for the message. */
export function describeCodePoint(codePoint: string): string {
  const value = parseInt(codePoint.slice(2), 16);
  if (value >= 0xd800 && value <= 0xdfff) return `${codePoint}, half of a UTF-16 surrogate pair without its other half`;
  if (value >= 0xfffe) return `${codePoint}, a noncharacter`;
  return `${codePoint}, a control character`;
}
