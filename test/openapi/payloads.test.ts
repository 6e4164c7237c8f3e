import { ModelSet } from '../../src/ir/model';
import { IrTypeChecker, wireBinding } from '../support/ir-type-check';
import { payloadsFor, UNKNOWN_TAG } from '../support/openapi-payloads';
import { SHAPES } from '../support/openapi-shapes';

const payloads = payloadsFor(SHAPES);
const checker = new IrTypeChecker(SHAPES);
const typeOf = (set: ModelSet, id: string) => {
  const union = set.unions.find((u) => u.id === id);
  return { kind: 'model' as const, modelId: id, name: id, ...(union ? { modelKind: 'union' as const } : {}) };
};

test('every payload is valid for its IR type', () => {
  for (const p of payloads) expect([p.name, checker.check(p.json, typeOf(SHAPES, p.modelId))]).toEqual([p.name, []]);
});

test('names are unique and the list is the same every time', () => {
  expect(new Set(payloads.map((p) => p.name)).size).toBe(payloads.length);
  expect(payloadsFor(SHAPES)).toEqual(payloads);
});

test('every object model gets a payload with every property and one with only the required ones', () => {
  for (const model of SHAPES.models) {
    const own = payloads.filter((p) => p.modelId === model.id).map((p) => Object.keys(p.json as object).sort());
    const properties = wireBinding(model).properties;
    expect(own).toContainEqual(properties.map((p) => p.wireName).sort());
    expect(own).toContainEqual(properties.filter((p) => !p.optional).map((p) => p.wireName).sort());
  }
});

test('nullable properties are null in one payload; examples that fit are used, formats give the rest', () => {
  const widget = (mode: string) => payloads.find((p) => p.name === `widget-${mode}`)?.json as Record<string, unknown>;
  expect(widget('nulls')).toMatchObject({ counters: null, legacy_code: null });
  expect(widget('full')).toMatchObject({ id: 'widget_01H', created_at: '2024-01-02T03:04:05.000Z', size_bytes: 2 ** 32 + 1, contact_email: 'user@example.com', homepage: 'https://example.com/path', birthday: '2024-01-02' });
  expect(widget('full').counters).not.toBeNull();
});

test('an example beyond 2^53 or of another type is not used: the value comes from the type', () => {
  const withExample = (example: unknown): ModelSet => ({
    ...SHAPES,
    models: SHAPES.models.map((m) => (m.id !== 'widget' ? m : { ...m, bindings: m.bindings.map((b) => ({ ...b, properties: b.properties.map((p) => (p.wireName === 'size_bytes' ? { ...p, example: example as never } : p)) })) })),
  });
  const sizeFrom = (set: ModelSet) => (payloadsFor(set).find((p) => p.name === 'widget-full')?.json as Record<string, unknown>).size_bytes;
  expect(sizeFrom(withExample(2 ** 53 + 2))).toBe(42);
  expect(sizeFrom(withExample('big'))).toBe(42);
});

test('each union gets one payload per variant, read as that variant, and a string-discriminated one an unknown tag', () => {
  for (const union of SHAPES.unions) {
    const variants = wireBinding(union).variants;
    for (const v of variants) {
      const payload = payloads.find((p) => p.name === `${union.id}-${v.id}`);
      expect([union.id, checker.variantOf(payload?.json ?? null, union)]).toEqual([union.id, v]);
    }
  }
  expect(payloads.find((p) => p.name === 'shape_event-unknown')?.json).toMatchObject({ event: UNKNOWN_TAG });
  expect(payloads.some((p) => p.name === 'token_state-unknown')).toBe(false);
});

test('the checker rejects what does not fit: a missing required key, an unknown key, an unsafe integer, a wrong const', () => {
  const widget = payloads.find((p) => p.name === 'widget-required')?.json as Record<string, unknown>;
  const type = typeOf(SHAPES, 'widget');
  const { id: _id, ...noId } = widget;
  expect(checker.check(noId as never, type)).toEqual(['$.id: required, missing']);
  expect(checker.check({ ...widget, surprise: 1 } as never, type)).toEqual(['$.surprise: not a property of widget']);
  expect(checker.check({ ...widget, size_bytes: 2 ** 53 } as never, type)).toEqual(['$.size_bytes: expected a safe integer']);
  expect(checker.check({ ...widget, version: 3 } as never, type)).toEqual(['$.version: expected 2']);
});
