/**
 * Payloads of the OpenAPI shapes (test/support/openapi-shapes.ts) that strict
 * reading refuses, with the one message every language gives: inside a union's
 * chosen variant, a value of a kind no variant has, a non-object for a
 * discriminated or object union, a null inside a map of unions, and constants
 * of every scalar kind; and SHAPES split over two areas.
 */
import { areaFromName } from '../../src/ir/area';
import { ModelSet } from '../../src/ir/model';
import { SHAPES, SHAPES_PAYLOADS } from './openapi-shapes';

const payload = (name: string) => SHAPES_PAYLOADS.find((p) => p.name === name)?.json as Record<string, unknown>;
const holder = payload('holder-other-variants');
const widget = payload('widget-unknown-status');

export const SHAPES_STRICT_FAILURES: readonly { readonly modelId: string; readonly json: Record<string, unknown>; readonly error: string }[] = [
  { modelId: 'shape_holder', json: { ...holder, event: { id: 'e', event: 'widget.created', data: 5 } }, error: 'ShapeHolder: event.data: expected object, found number' },
  { modelId: 'shape_holder', json: { ...holder, value: [1] }, error: 'ShapeHolder: value: expected string, number or boolean, found array' },
  { modelId: 'shape_holder', json: { ...holder, event: 'widget.created' }, error: 'ShapeHolder: event: expected object, found string' },
  { modelId: 'shape_holder', json: { ...holder, target: 'r' }, error: 'ShapeHolder: target: expected object, found string' },
  { modelId: 'shape_holder', json: { ...holder, token: { active: true } }, error: 'ShapeHolder: token.access_token: expected string, found missing' },
  { modelId: 'shape_holder', json: { ...holder, values: { a: null } }, error: 'ShapeHolder: values.a: expected string, number or boolean, found null' },
  { modelId: 'widget', json: { ...widget, version: 3 }, error: 'Widget: version: expected 2, found number' },
  { modelId: 'widget', json: { ...widget, enabled: 'true' }, error: 'Widget: enabled: expected true, found string' },
];

/**
 * SHAPES with its unions and their object variants in an area of their own
 * (`events`): with `{area}` in the package or namespace option, the holder
 * and the widget name them across packages, and they name the widget back.
 */
export function shapesInTwoAreas(): ModelSet {
  const events = areaFromName('events', 'config');
  const variantIds = new Set(SHAPES.unions.flatMap((u) => u.bindings[0].variants.flatMap((v) => (v.type.kind === 'model' ? [v.type.modelId] : []))));
  return {
    models: SHAPES.models.map((m) => (variantIds.has(m.id) ? { ...m, area: events } : m)),
    unions: SHAPES.unions.map((u) => ({ ...u, area: events })),
    enums: SHAPES.enums,
  };
}
