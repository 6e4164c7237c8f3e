/**
 * A value's JSON shape (see `json-shape.ts`) as a `Shape` expression of the
 * generated `_runtime.ts`. A nested model or union is its `shapeOf...`
 * function, called only when checking, so self and mutual references work;
 * a named enum, being open, is any string.
 */
import { assertNever, ModelType, TypeRef } from '../../ir/model';
import { JsonShape, jsonShape } from '../json-shape';
import { literalText, stringLiteral } from './naming';
import { modelNames, TypeNames } from './types';

export function shapeExpression(type: TypeRef, documented: TypeNames): string {
  return render(jsonShape(type), documented);
}

function render(shape: JsonShape, documented: TypeNames): string {
  switch (shape.kind) {
    case 'json':
      return stringLiteral(shape.name);
    case 'literal':
      return `{ literal: ${literalText(shape.value)} }`;
    case 'model':
      return modelShape(shape.model, documented);
    default:
      return `{ ${shape.kind}: ${render(shape.inner, documented)} }`;
  }
}

function modelShape(model: ModelType, documented: TypeNames): string {
  const shapeName = modelNames(model.name, documented).shapeName;
  switch (model.modelKind) {
    case 'enum':
      return stringLiteral('string');
    case 'union':
      return `{ union: ${shapeName} }`;
    case undefined:
      return `{ model: ${shapeName} }`;
    default:
      return assertNever(model.modelKind, 'model kind');
  }
}
