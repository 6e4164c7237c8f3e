/**
 * What a TypeScript doc comment says beyond the description: the wire
 * format, read-only and write-only, an example and `@deprecated`, in the
 * JSDoc forms editors show (openapi-typescript writes `Format:` and
 * `@example` the same way).
 */
import { JsonValue, Model, Property, TypeDefinition, TypeRef } from '../../ir/model';
import { typeParts } from '../../ir/type-walk';
import { modelDocLines, propertyDocLines, textLines } from '../doc-text';

/** The formats inside a type (`string[]` of `date-time` included), outermost first, once each. */
function formatsOf(type: TypeRef): string[] {
  const formats = typeParts(type).flatMap((t) => ('format' in t && t.format !== undefined ? [t.format] : []));
  return [...new Set(formats)];
}

const paragraph = (lines: readonly string[], more: readonly string[]) => (lines.length > 0 && more.length > 0 ? [...lines, '', ...more] : [...lines, ...more]);

function exampleLines(example: JsonValue | undefined): string[] {
  return example === undefined ? [] : [`@example ${JSON.stringify(example)}`];
}

const deprecatedLines = (deprecated: boolean | undefined) => (deprecated ? ['@deprecated'] : []);

/** A member's comment: its description, then its format and read/write direction, then the tags. */
export function memberDocLines(property: Property): string[] {
  const facts = [
    ...formatsOf(property.type).map((format) => `Format: ${format}${format === 'int64' ? ' (a JavaScript number is exact up to 2^53)' : ''}.`),
    ...(property.readOnly ? ['Read-only: sent by the API, never accepted.'] : []),
    ...(property.writeOnly ? ['Write-only: accepted by the API, never sent.'] : []),
  ];
  return paragraph(paragraph(propertyDocLines(property), facts), [...exampleLines(property.example), ...deprecatedLines(property.deprecated)]);
}

/** An object model's comment: its description and page summary, then its example and deprecation. */
export function modelCommentLines(model: Model): string[] {
  return paragraph(modelDocLines(model), [...exampleLines(model.example), ...deprecatedLines(model.deprecated)]);
}

/** A union's or named enum's comment. */
export function definitionDocLines(definition: TypeDefinition): string[] {
  return paragraph(textLines(definition.description), [...exampleLines(definition.example), ...deprecatedLines(definition.deprecated)]);
}
