import { MINIMAL_SPEC, normalizeTexts } from '../../support/specs';

describe('normalize: `deprecated: true` on a docs-page property', () => {
  test('marks that language\'s property only, and no other', () => {
    const text = MINIMAL_SPEC.replace('type: String\n', 'type: String\n          deprecated: true\n');
    const { modelSet, messages } = normalizeTexts({ 'w.yaml': text });
    expect(messages).toEqual([]);
    const marked = modelSet.models[0].bindings.flatMap((b) => b.properties.filter((p) => p.deprecated).map((p) => `${b.language} ${p.name}`));
    expect(marked).toEqual(['java id']);
  });

  test('`deprecated: false` is the same as leaving it out', () => {
    const text = MINIMAL_SPEC.replace('type: String\n', 'type: String\n          deprecated: false\n');
    const { modelSet } = normalizeTexts({ 'w.yaml': text });
    expect(modelSet.models[0].bindings.flatMap((b) => b.properties).some((p) => 'deprecated' in p)).toBe(false);
  });
});
