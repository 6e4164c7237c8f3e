/**
 * Doc-comment sentences for what an OpenAPI contract says of a member or a
 * type beyond its description: the value's `format`, read-only or write-only,
 * and its example. Plain text; each target escapes it for its comments.
 */
import { JsonValue, Property, TypeDefinition, TypeRef } from '../ir/model';
import { typeParts } from '../ir/type-walk';

/** The format of the value (a list's items, a map's values): the outermost one given. */
export function typeFormat(type: TypeRef): string | undefined {
  for (const part of typeParts(type)) {
    if ((part.kind === 'string' || part.kind === 'integer' || part.kind === 'number') && part.format) return part.format;
  }
  return undefined;
}

/** An example as one line of JSON, cut after 120 characters so a large one stays a hint. */
export function exampleText(example: JsonValue): string {
  const text = JSON.stringify(example);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export function memberNoteLines(property: Pick<Property, 'type' | 'readOnly' | 'writeOnly' | 'example'>): string[] {
  const format = typeFormat(property.type);
  return [
    ...(format ? [`Format: ${format}.`] : []),
    ...(property.readOnly ? ['Read-only: the API sends it and ignores it in requests.'] : []),
    ...(property.writeOnly ? ['Write-only: the API accepts it and never sends it.'] : []),
    ...(property.example !== undefined ? [`Example: ${exampleText(property.example)}`] : []),
  ];
}

/** A type's example, for its doc comment. */
export function typeNoteLines(definition: Pick<TypeDefinition, 'example'>): string[] {
  return definition.example !== undefined ? [`Example: ${exampleText(definition.example)}`] : [];
}
