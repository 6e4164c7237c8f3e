/**
 * What an OpenAPI contract says of a member or type beyond its
 * description, as doc comment paragraphs: the format, read-only and
 * write-only, an example, and the `Deprecated:` paragraph Go's tools
 * (gopls, staticcheck, pkg.go.dev) recognise.
 */
import { JsonValue, Property, TypeDefinition, TypeRef } from '../../ir/model';
import { typeParts } from '../../ir/type-walk';
import { canonicalLines } from './doc-comment';

/** The notes of a member, one line each: format, read/write-only, example. */
export function memberNotes(property: Property): string[] {
  const format = formatOf(property.type);
  return [
    ...(format ? [`Format: \`${format}\`.`] : []),
    ...(property.readOnly ? ['Read-only: the API sends it and ignores it in requests.'] : []),
    ...(property.writeOnly ? ['Write-only: the API accepts it and never sends it.'] : []),
    ...exampleNote(property.example),
  ];
}

/** The example of a model, union or enum, when the input gives one. */
export function typeNotes(definition: TypeDefinition): string[] {
  return exampleNote(definition.example);
}

/** Longer examples (a whole event runs to a thousand characters) would be one unreadable comment line; they are left out. */
export const EXAMPLE_LIMIT = 120;

function exampleNote(example: JsonValue | undefined): string[] {
  const text = example === undefined ? '' : JSON.stringify(example);
  return text === '' || text.length > EXAMPLE_LIMIT ? [] : [`Example: \`${text}\`.`];
}

/** The format of a string or number, looking through lists, maps and nullable (`[]string` of `date-time`). */
function formatOf(type: TypeRef): string | undefined {
  for (const part of typeParts(type)) {
    if ((part.kind === 'string' || part.kind === 'integer' || part.kind === 'number') && part.format) return part.format;
  }
  return undefined;
}

/** Adds paragraphs, made canonical as goDocLines makes its text, to doc lines, a blank comment line between. */
export function withParagraphs(lines: readonly string[], ...paragraphs: readonly (readonly string[])[]): string[] {
  return paragraphs.map(canonicalLines).filter((p) => p.length > 0).reduce<string[]>((doc, p) => [...doc, ...(doc.length > 0 ? [''] : []), ...p], [...lines]);
}

/**
 * The `Deprecated:` paragraph, last, after the name-led summary; Go's tools
 * show the declaration struck through. `what` is `field` or `type`.
 */
export function deprecation(deprecated: boolean | undefined, what: 'field' | 'type'): string[] {
  return deprecated ? [`Deprecated: the API marks this ${what} deprecated; it may be removed.`] : [];
}
