/**
 * Cases beyond SHAPES_PAYLOADS that every target's OpenAPI-shapes test runs:
 * union values of a JSON kind no variant has, which lenient reading keeps as
 * Unknown and strict reading refuses with these messages.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JsonValue } from '../../src/ir/model';
import { Fixture } from './fixtures';
import { SHAPES_PAYLOADS } from './openapi-shapes';

const base = { event: { event: 'widget.deleted', id: 'e', data: {} }, events: [], token: null, target: { resource_id: 'r' } };

/** Holder payloads whose unions hold what strict reading refuses, each with the error's text after the exception class. */
export const UNION_STRICT_CASES: readonly { readonly modelId: string; readonly name: string; readonly json: JsonValue; readonly error: string }[] = [
  { modelId: 'shape_holder', name: 'event-string', json: { ...base, event: 'oops' }, error: 'ShapeHolder: event: expected object, found string' },
  { modelId: 'shape_holder', name: 'value-object', json: { ...base, value: { n: 1 } }, error: 'ShapeHolder: value: expected string, number or boolean, found object' },
  { modelId: 'shape_holder', name: 'events-item', json: { ...base, events: [base.event, 5] }, error: 'ShapeHolder: events[1]: expected object, found number' },
  { modelId: 'shape_holder', name: 'values-list', json: { ...base, values: { a: [1] } }, error: 'ShapeHolder: values.a: expected string, number or boolean, found array' },
  { modelId: 'shape_holder', name: 'variant-field', json: { ...base, event: { event: 'widget.created', id: 'e', data: 5 } }, error: 'ShapeHolder: event.data: expected object, found number' },
];

/** What strict reading says of SHAPES_PAYLOADS when a target reads `date-time` into a date type: the payloads' `x` is none. */
export const DATE_STRICT_ERRORS: Readonly<Record<string, string>> = {
  'widget-unknown-status': 'Widget: created_at: expected date-time, found string',
  'holder-variants': 'ShapeHolder: event.data.created_at: expected date-time, found string',
};

/** Writes payloads (SHAPES_PAYLOADS unless given) as fixture files in `dir`. */
export function shapeFixtures(dir: string, payloads: readonly { name: string; modelId: string; json: JsonValue }[] = SHAPES_PAYLOADS): Fixture[] {
  return payloads.map(({ name, modelId, json }) => {
    const file = path.join(dir, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(json));
    return { name, file, modelId, payload: json as Record<string, unknown> };
  });
}
