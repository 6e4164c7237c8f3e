import { formatDiagnostic } from '../../../src/diagnostics/format-text';
import { MINIMAL_SPEC, validateText } from '../../support/specs';

const messages = (file: string, text: string) => validateText(file, text).diagnostics.map((d) => formatDiagnostic(d));

describe('validate: each problem has its own message, code, location and hint', () => {
  test.each([
    [
      'malformed YAML',
      'bad.yaml',
      'reference:\n  curl: [\n',
      ['bad.yaml:3:1 - error MG003: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n  hint: fix the YAML syntax; a quoted string or consistent indentation usually does it'],
    ],
    [
      'a page without front matter',
      'page.mdx',
      '# Title\n',
      ["page.mdx:1:1 - error MG004: 'page.mdx' has no YAML front matter\n  hint: a .md/.mdx spec starts with a '---' line, the YAML spec, and a closing '---' line"],
    ],
    [
      'a missing reference',
      'spec.yaml',
      'descriptions: {}\n',
      ['spec.yaml:1:1 - error MG011: the spec has no `reference`\n  hint: add a `reference` mapping with one list of model entries per language (curl, js, go, ...)'],
    ],
    [
      'an unknown language',
      'spec.yaml',
      'reference:\n  kotlin: []\n',
      ['spec.yaml:2:3 - error MG012: unknown language `kotlin` in `reference`; expected one of curl, js, go, java, python, ruby, php, dotnet\n  hint: reference languages are curl, js, go, java, python, ruby, php and dotnet'],
    ],
    [
      'a misspelt language',
      'spec.yaml',
      'reference:\n  pyhton: []\n  typescript: []\n',
      [
        'spec.yaml:2:3 - error MG012: unknown language `pyhton` in `reference`; expected one of curl, js, go, java, python, ruby, php, dotnet; did you mean `python`?\n  hint: reference languages are curl, js, go, java, python, ruby, php and dotnet',
        'spec.yaml:3:3 - error MG012: unknown language `typescript` in `reference`; expected one of curl, js, go, java, python, ruby, php, dotnet; did you mean `js`?\n  hint: reference languages are curl, js, go, java, python, ruby, php and dotnet',
      ],
    ],
    [
      'a misspelt property key, which would leave the field required',
      'w.yaml',
      MINIMAL_SPEC.replace('type: String\n', 'type: String\n          optinal: true\n'),
      ['w.yaml:34:11 - error MG017: unknown key `optinal` in property `id` of the `java` entry `Widget`; did you mean `optional`?\n  hint: a model entry has url, key, id, title and properties; a property has key, type, optional, deprecated and description'],
    ],
    [
      'a misspelt entry key',
      'w.yaml',
      MINIMAL_SPEC.replace('      title: class Widget\n', '      titel: class Widget\n'),
      ['w.yaml:30:7 - error MG017: unknown key `titel` in a `java` model entry; did you mean `title`?\n  hint: a model entry has url, key, id, title and properties; a property has key, type, optional, deprecated and description'],
    ],
    [
      'an unknown entry key far from every known one',
      'w.yaml',
      MINIMAL_SPEC.replace('      title: class Widget\n', '      title: class Widget\n      since: 2.0\n'),
      ['w.yaml:31:7 - error MG017: unknown key `since` in a `java` model entry; expected url, key, id, title, properties\n  hint: a model entry has url, key, id, title and properties; a property has key, type, optional, deprecated and description'],
    ],
    [
      'unknown top-level keys, which are ignored',
      'w.yaml',
      `originalPath: /x\nnotes: y\n${MINIMAL_SPEC}`,
      [],
    ],
    [
      'a property without key',
      'spec.yaml',
      'reference:\n  go:\n    - key: W\n      id: w\n      properties:\n        - type: string\n          description: (w.id)\n',
      ["spec.yaml:6:11 - error MG014: a property of the `go` entry `W` has no `key`\n  hint: give the property the member name it has in that language: `key: name`"],
    ],
    [
      'a description that is not a reference',
      'spec.yaml',
      'reference:\n  go:\n    - key: W\n      id: w\n      properties:\n        - key: ID\n          type: string\n          description: The id.\n',
      ['spec.yaml:8:24 - error MG015: the description of property `ID` of the `go` entry `W` is `The id.`, not a reference\n  hint: write the reference as `(model.field)` or `(model.field.variant)`'],
    ],
    [
      'optional that is not a boolean',
      'spec.yaml',
      'reference:\n  go:\n    - key: W\n      id: w\n      properties:\n        - key: ID\n          type: string\n          optional: yes please\n          description: (w.id)\n',
      ['spec.yaml:8:21 - error MG013: `optional` of property `ID` of the `go` entry `W` is a string, expected true or false\n  hint: see the spec format in the README'],
    ],
    [
      'deprecated that is not a boolean',
      'spec.yaml',
      'reference:\n  go:\n    - key: W\n      id: w\n      properties:\n        - key: ID\n          type: string\n          deprecated: soon\n          description: (w.id)\n',
      ['spec.yaml:8:23 - error MG013: `deprecated` of property `ID` of the `go` entry `W` is a string, expected true or false\n  hint: see the spec format in the README'],
    ],
  ])('%s', (_name, file, text, expected) => {
    expect(messages(file, text)).toEqual(expected);
  });

  test('collects every problem of a spec, not just the first', () => {
    const text = 'reference:\n  kotlin: []\n  go:\n    - id: w\n      properties: []\n    - key: V\n      properties: 3\n';
    expect(validateText('s.yaml', text).diagnostics.map((d) => `${d.code}@${d.location?.line}`)).toEqual(['MG012@2', 'MG014@4', 'MG014@6', 'MG013@7']);
  });

  test('positions in a page count the front-matter fence', () => {
    const page = `---\n${MINIMAL_SPEC.replace('type: String\n', 'type: String\n          optional: 1\n')}---\n# Widget\n`;
    const [d] = validateText('w.mdx', page).diagnostics;
    expect(`${d.location?.line}:${d.location?.column}`).toBe(`${page.split('\n').findIndex((l) => l.includes('optional: 1')) + 1}:21`);
  });

  test('reads a valid spec with its page text', () => {
    const { spec, diagnostics } = validateText('w.mdx', `---\n${MINIMAL_SPEC}---\n# Widget\n\nA widget.\n`);
    expect(diagnostics).toEqual([]);
    expect(spec?.title).toBe('Widget');
    expect(spec?.summary).toBe('A widget.');
    expect(spec?.entries.map((e) => `${e.language}:${e.key}:${e.properties.map((p) => p.key).join(',')}`)).toEqual(['curl:widget:id,color', 'java:Widget:id,color']);
  });
});
