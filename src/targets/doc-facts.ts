/**
 * What an OpenAPI contract says of a member beyond its prose, as doc-comment
 * lines every target can use: the `format`, read-only or write-only, and an
 * example. Deprecation is not here: each language marks it its own way (a
 * tag, an attribute, a warning).
 */
import { JsonValue, Property, TypeRef } from '../ir/model';
import { stripNullable, typeParts } from '../ir/type-walk';

/** The `format` of the first part of a type that has one: `date-time` for `list<nullable<string date-time>>`. */
export function formatOf(type: TypeRef): string | undefined {
  for (const part of typeParts(type)) if ((part.kind === 'string' || part.kind === 'integer' || part.kind === 'number') && part.format) return part.format;
  return undefined;
}

/**
 * The facts of a member as sentences: `Format: \`date-time\`.`, read-only or
 * write-only, then the example. An example that does not fit `width` on one
 * line is given as indented JSON lines, which wrap no worse than the JSON itself.
 */
export function memberFactLines(property: Pick<Property, 'type' | 'readOnly' | 'writeOnly' | 'example'>, width: number): string[] {
  const lines: string[] = [];
  const format = formatOf(property.type);
  if (format) lines.push(`Format: \`${format}\`.`);
  if (property.readOnly) lines.push('Read-only: the API sends it and ignores it in requests.');
  if (property.writeOnly) lines.push('Write-only: the API accepts it and never sends it back.');
  return [...lines, ...exampleLines(property.example, width)];
}

/** `Example: \`"widget_01H"\`.`, or `Example:` and the JSON indented by four spaces when that line would pass `width`. */
export function exampleLines(example: JsonValue | undefined, width: number): string[] {
  if (example === undefined) return [];
  const one = `Example: \`${JSON.stringify(example)}\`.`;
  if ([...one].length <= width) return [one];
  return ['Example:', '', ...JSON.stringify(example, null, 2).split('\n').map((line) => `    ${line}`)];
}

/** Whether a type is a date-time string, possibly nullable: what a target's date option maps. */
export function isDateTime(type: TypeRef): boolean {
  const bare = stripNullable(type);
  return bare.kind === 'string' && bare.format === 'date-time';
}
