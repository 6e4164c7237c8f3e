/** Turns description texts into comment lines; each target escapes them for its syntax. */
import { Model, Property } from '../ir/model';

/** Splits a text into lines: CRLF and CR normalised, trailing spaces dropped, edges trimmed. */
export function textLines(text: string | undefined): string[] {
  if (!text) return [];
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A model's doc text: its `self` description, then the page summary as a paragraph. */
export function modelDocLines(model: Pick<Model, 'description' | 'source'>): string[] {
  const parts = [textLines(model.description), textLines(model.source.summary)].filter((p) => p.length > 0);
  return parts.flatMap((p, i) => (i === 0 ? p : ['', ...p]));
}

/** A property's doc text, with the known values of a string field described as an enum. */
export function propertyDocLines(property: Property): string[] {
  const lines = textLines(property.description);
  const known = property.knownValues ?? [];
  if (known.length > 0) {
    lines.push(...(lines.length > 0 ? [''] : []), `Known values: ${[...new Set(known)].map((v) => `\`${v}\``).join(', ')}.`);
  }
  return lines;
}
