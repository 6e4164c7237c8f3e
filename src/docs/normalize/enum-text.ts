/**
 * An enum is a description whose text ends in a bullet list of back-quoted
 * values. Splits such a text into its prose and its values.
 */
export interface DescriptionText {
  /** The text before the bullet list, whitespace-trimmed. */
  readonly prose: string;
  /** The listed values, when the text ends in a bullet list. */
  readonly values?: readonly string[];
}

const BULLET = /^\s*[-*]\s+`([^`]*)`\s*$/;

export function parseDescriptionText(text: string): DescriptionText {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  let start = lines.length;
  while (start > 0 && (BULLET.test(lines[start - 1]) || (lines[start - 1].trim() === '' && start < lines.length))) {
    start -= 1;
  }
  const values = lines
    .slice(start)
    .map((line) => BULLET.exec(line)?.[1])
    .filter((v): v is string => v !== undefined);
  if (values.length === 0) return { prose: text.trim() };
  return { prose: lines.slice(0, start).join('\n').trim(), values };
}
