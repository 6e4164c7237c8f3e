/**
 * The JSON shape strict reading checks a value against, as a `Shape`
 * expression of the generated `_runtime.ts`: a JSON kind, a literal, a list,
 * map or nullable of a shape, or a nested model's fields (its `shapeOf...`
 * function, called only when checking, so self and mutual references work).
 */
import { TypeRef, assertNever } from '../../ir/model';
import { stringLiteral } from './naming';
import { modelNames, TypeNames } from './types';

export function shapeExpression(type: TypeRef, documented: TypeNames): string {
  switch (type.kind) {
    case 'string':
    case 'enum':
      // Enums are open: any string passes.
      return '"string"';
    case 'boolean':
    case 'integer':
    case 'number':
    case 'any':
      return stringLiteral(type.kind);
    case 'literal':
      return `{ literal: ${stringLiteral(type.value)} }`;
    case 'list':
      return `{ list: ${shapeExpression(type.items, documented)} }`;
    case 'map':
      return `{ map: ${shapeExpression(type.values, documented)} }`;
    case 'nullable':
      return `{ nullable: ${shapeExpression(type.inner, documented)} }`;
    case 'model':
      return `{ model: ${modelNames(type.name, documented).shapeName} }`;
    default:
      return assertNever(type, 'type');
  }
}
