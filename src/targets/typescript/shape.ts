/**
 * A value's JSON shape (see `json-shape.ts`) as a `Shape` expression of the
 * generated `_runtime.ts`. A nested model is its `shapeOf...` function,
 * called only when checking, so self and mutual references work.
 */
import { TypeRef } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { stringLiteral } from './naming';
import { modelNames, TypeNames } from './types';

export function shapeExpression(type: TypeRef, documented: TypeNames): string {
  return render(jsonShape(type), documented);
}

function render(shape: JsonShape, documented: TypeNames): string {
  switch (shape.kind) {
    case 'json':
      return stringLiteral(shape.name);
    case 'literal':
      return `{ literal: ${stringLiteral(String(shape.value))} }`;
    case 'model':
      return `{ model: ${modelNames(shape.model.name, documented).shapeName} }`;
    default:
      return `{ ${shape.kind}: ${render(shape.inner, documented)} }`;
  }
}
