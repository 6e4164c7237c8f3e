/**
 * What a docstring says besides the description: deprecation, the wire
 * format, read-only and write-only, and the input's example, one line each
 * in a paragraph after the description, where help() and IDEs show them.
 */
import { JsonValue, Property, TypeDefinition, TypeRef } from '../../ir/model';
import { typeParts } from '../../ir/type-walk';
import { jsonText } from './json-text';

/** Appends the notes as a paragraph of their own. */
function withNotes(lines: readonly string[], notes: readonly string[]): string[] {
  if (notes.length === 0) return [...lines];
  return lines.length === 0 ? [...notes] : [...lines, '', ...notes];
}

const example = (value: JsonValue | undefined) => (value === undefined ? [] : [`Example: ${jsonText(value)}`]);

/** The `format` of the type's first part that has one (`date-time` of a nullable list of date-times too). */
export function formatOf(type: TypeRef): string | undefined {
  for (const part of typeParts(type)) {
    if ((part.kind === 'string' || part.kind === 'integer' || part.kind === 'number') && part.format) return part.format;
  }
  return undefined;
}

/** A field's docstring: its description lines, then its notes. */
export function propertyNotes(lines: readonly string[], property: Property): string[] {
  const format = formatOf(property.type);
  const notes = [
    ...(property.deprecated ? [`Deprecated: ${property.optional ? 'setting it' : 'building the model'} in code warns (DeprecationWarning); reading it does not.`] : []),
    ...(format ? [`Format: ${format}.`] : []),
    ...(property.readOnly ? ['Read-only: sent by the API, never accepted.'] : []),
    ...(property.writeOnly ? ['Write-only: accepted by the API, never sent.'] : []),
    ...example(property.example),
  ];
  return withNotes(lines, notes);
}

/** A model's, union's or enum's docstring: its description lines, then deprecation (`warns`: what code doing so sees) and the example. */
export function typeNotes(lines: readonly string[], type: TypeDefinition, warns?: string): string[] {
  const deprecated = type.deprecated ? [warns ? `Deprecated: ${warns}` : 'Deprecated.'] : [];
  return withNotes(lines, [...deprecated, ...example(type.example)]);
}
