import * as fs from 'node:fs';
import { readSpecs } from '../../src/pipeline';
import { dataShape } from '../../src/render/data-shape';
import { templateDocs } from '../../src/render/template-docs';
import { PARTIAL_FILE, TemplateEngine } from '../../src/render/template-engine';

test('docs/templates.md lists exactly the key paths each template receives (regenerate: npm run docs)', () => {
  const read = readSpecs(['specs', 'docs/examples']);
  expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(fs.readFileSync('docs/templates.md', 'utf8')).toBe(templateDocs(read.modelSet));
});

test('the docs name the paths a template author reaches for, the helper and the partial calls', () => {
  const docs = fs.readFileSync('docs/templates.md', 'utf8');
  for (const row of [
    '| `properties[].doc.lines[]` | string |',
    '| `fields[].tag` | string |',
    '| `join` | `{{join items ", "}}` |',
    '| `{{> go/doc}}` | `_doc.hbs` | `{{> go/doc doc}}`, `{{> go/doc constantsDoc}}`, `{{> go/doc unknownDoc}}` |',
    '| `{{> dotnet/doc}}` | `_doc.hbs` | `{{> dotnet/doc lines=doc}}`, `{{> dotnet/doc lines=tracked.flagDoc}}` |',
    '### `converter.cs.hbs`',
  ]) {
    expect(docs).toContain(row);
  }
});

test('the engine hands every rendered template and its data to the recorder', () => {
  const calls: string[] = [];
  const engine = new TemplateEngine(undefined, (target, file, data) => calls.push(`${target}/${file} ${JSON.stringify(data)}`));
  expect(engine.render('python', 'types.py.hbs', { header: '# h' }).split('\n')[0]).toBe('# h');
  expect(calls).toEqual(['python/types.py.hbs {"header":"# h"}']);
});

test.each([
  ['_doc.hbs', true],
  ['_docstring.hbs', true],
  ['__init__.py.hbs', false],
  ['model.ts.hbs', false],
  ['_doc.txt', false],
])('%s is a partial: %s', (file, expected) => {
  expect(PARTIAL_FILE.test(file)).toBe(expected);
});

describe('dataShape', () => {
  const rows = (samples: unknown[]) => dataShape(samples).map((k) => `${k.path}: ${k.kinds.join('|')}${k.optional ? ' optional' : ''}${k.alwaysEmpty ? ' empty' : ''}`);

  test.each([
    ['scalars', [{ a: 'x', n: 1, b: true, z: null }], ['a: string', 'n: number', 'b: boolean', 'z: null']],
    ['kinds merge over samples', [{ a: 'x' }, { a: null }], ['a: null|string']],
    ['a key some samples lack is optional', [{ a: 'x', b: 1 }, { a: 'y' }], ['a: string', 'b: number optional']],
    ['list items, each path followed by those below it', [{ l: [{ k: 'x', m: ['s'] }], after: 1 }], ['l: list', 'l[]: object', 'l[].k: string', 'l[].m: list', 'l[].m[]: string', 'after: number']],
    ['keys of list items are optional relative to the items', [{ l: [{ k: 'x' }, {}] }], ['l: list', 'l[]: object', 'l[].k: string optional']],
    ['a list empty in every sample', [{ l: [] }, { l: [] }], ['l: list empty']],
    ['a list empty in one sample only', [{ l: [] }, { l: ['x'] }], ['l: list', 'l[]: string']],
    ['a key first seen in a later sample still follows its parent', [{ o: { a: 1 }, p: 2 }, { o: { a: 1, b: 'x' }, p: 2 }], ['o: object', 'o.a: number', 'o.b: string optional', 'p: number']],
  ])('%s', (_name, samples, expected) => {
    expect(rows(samples)).toEqual(expected);
  });

  test('a value JSON cannot hold is an internal error', () => {
    expect(() => dataShape([{ f: () => 1 }])).toThrow('template data holds a function, which JSON-like data cannot');
  });
});
