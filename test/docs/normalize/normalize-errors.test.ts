import { MINIMAL_SPEC, normalizeTexts } from '../../support/specs';

describe('normalize: errors across entries and specs', () => {
  test.each([
    [
      'an unresolved description reference',
      { 'w.yaml': MINIMAL_SPEC.replace('description: (widget.id)', 'description: (widget.nope)') },
      ['w.yaml:23:24 - error MG020: `(widget.nope)` of curl `widget.id` does not resolve to a description'],
    ],
    [
      'a misspelt description reference',
      { 'w.yaml': MINIMAL_SPEC.replace('description: (widget.id)', 'description: (wigdet.id)') },
      ['w.yaml:23:24 - error MG020: `(wigdet.id)` of curl `widget.id` does not resolve to a description; did you mean `(widget.id)`?'],
    ],
    [
      'a reference to a missing variant',
      { 'w.yaml': MINIMAL_SPEC.replace('(widget.color.titlecase)', '(widget.color.uppercase)') },
      ['w.yaml:37:24 - error MG020: `(widget.color.uppercase)` of java `Widget.color` does not resolve to a description'],
    ],
    [
      'two specs defining one model',
      { 'a.yaml': MINIMAL_SPEC, 'b.yaml': MINIMAL_SPEC },
      ['b.yaml:16:7 - error MG021: model `widget` is already defined by a.yaml', 'b.yaml:28:7 - error MG021: model `widget` is already defined by a.yaml'],
    ],
    [
      'one language documenting a member twice',
      { 'w.yaml': MINIMAL_SPEC.replace('        - key: color\n          type: WidgetColor', '        - key: id\n          type: WidgetColor') },
      ['w.yaml:35:11 - error MG022: in java `Widget`, `id` is documented twice'],
    ],
    [
      'a type modelgen does not know',
      { 'w.yaml': MINIMAL_SPEC.replace('type: String\n', 'type: Lizt<String>\n') },
      ['w.yaml:33:17 - error MG023: java `Widget.id`: `Lizt<String>`: `Lizt` with 1 type argument is not a known generic in java; did you mean `List`?'],
    ],
    [
      'a reference to a model that does not exist',
      { 'w.yaml': MINIMAL_SPEC.replace('type: String\n', 'type: WidgetId\n') },
      ['w.yaml:33:17 - error MG025: java `Widget.id`: `WidgetId` is neither a java model of this run nor an enum (`widget.id` is not described as one); did you mean `Widget`?'],
    ],
    [
      'a misspelt scalar',
      { 'w.yaml': MINIMAL_SPEC.replace('type: String\n', 'type: Strng\n') },
      ['w.yaml:33:17 - error MG025: java `Widget.id`: `Strng` is neither a java model of this run nor an enum (`widget.id` is not described as one); did you mean `String`?'],
    ],
    [
      'a misspelt generic',
      { 'w.yaml': MINIMAL_SPEC.replace('type: String\n', 'type: Lisst<String>\n') },
      ['w.yaml:33:17 - error MG023: java `Widget.id`: `Lisst<String>`: `Lisst` with 1 type argument is not a known generic in java; did you mean `List`?'],
    ],
    [
      "another language's integer in js, which has only number",
      { 'w.yaml': MINIMAL_SPEC.replace('  java:\n', '  js:\n').replace('type: String\n', 'type: integer\n').replace('type: WidgetColor', 'type: enum') },
      ['w.yaml:33:17 - error MG025: js `Widget.id`: `integer` is neither a js model of this run nor an enum (`widget.id` is not described as one); did you mean `number`? js has no integer type: `number` holds every number'],
    ],
    [
      "another language's boolean in python",
      { 'w.yaml': MINIMAL_SPEC.replace('  java:\n', '  python:\n').replace('type: String\n', 'type: boolean\n').replace('type: WidgetColor', 'type: enum') },
      ['w.yaml:33:17 - error MG025: python `Widget.id`: `boolean` is neither a python model of this run nor an enum (`widget.id` is not described as one); did you mean `bool`?'],
    ],
    [
      'a name far from every known one',
      { 'w.yaml': MINIMAL_SPEC.replace('type: String\n', 'type: Gadget\n') },
      ['w.yaml:33:17 - error MG025: java `Widget.id`: `Gadget` is neither a java model of this run nor an enum (`widget.id` is not described as one)'],
    ],
  ])('%s', (_name, files, expected) => {
    const { modelSet, messages } = normalizeTexts(files);
    expect(messages.filter((m) => m.includes(' error '))).toEqual(expected);
    expect(modelSet.models.filter((m) => m.source.path !== 'a.yaml')).toEqual([]);
  });

  test('a valid spec normalises with no findings when the languages agree', () => {
    const { modelSet, messages } = normalizeTexts({ 'w.yaml': MINIMAL_SPEC });
    expect(messages).toEqual([]);
    expect(modelSet.models).toHaveLength(1);
    expect(modelSet.models[0].bindings.map((b) => b.language)).toEqual(['curl', 'java']);
  });
});
