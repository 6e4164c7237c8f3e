import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { Contract, ContractProperty, ContractSchema } from '../../src/openapi/contract';
import { readContract } from '../../src/openapi/read-contract';

const FILE = 'test/fixtures/contracts/reader.yaml';
const read = (file: string, text: string) => {
  const bag = new DiagnosticBag();
  return { contract: readContract(file, text, bag), messages: bag.all.map((d) => formatDiagnostic(d).split('\n')[0]) };
};
const { contract, messages } = read(FILE, fs.readFileSync(path.join(__dirname, '..', '..', FILE), 'utf8'));
const schema = (name: string) => (contract as Contract).schemas.find((s) => s.name === name) as ContractSchema;
const property = (s: string, p: string) => schema(s).properties.find((x) => x.wireName === p) as ContractProperty;

test('every component schema, in order, located at its key', () => {
  expect(contract?.openapi).toBe('3.0.3');
  expect(contract?.schemas.map((s) => `${s.name} ${s.location.line}:${s.location.column}`)).toEqual(['Node 5:5', 'Nulls 14:5', 'Merged 22:5', 'Loop 30:5', 'Broken 35:5']);
  expect(property('Node', 'parent').location).toEqual({ file: FILE, line: 10, column: 9 });
});

test('a $ref to a component stays a named reference, so a recursive schema is finite', () => {
  expect(property('Node', 'parent').type).toEqual({ kind: 'ref', schema: 'Node' });
  expect(property('Node', 'children').type).toEqual({ kind: 'array', items: { kind: 'ref', schema: 'Node' } });
  expect(schema('Node').properties.map((p) => [p.wireName, p.required])).toEqual([['id', true], ['parent', false], ['children', false]]);
});

test('nullable in both dialects: `nullable: true`, a `null` type, a `{type: null}` member of oneOf/anyOf', () => {
  expect(schema('Nulls').properties.map((p) => [p.wireName, p.nullable, p.type])).toEqual([
    ['old', true, { kind: 'string' }],
    ['typed', true, { kind: 'integer' }],
    ['one', true, { kind: 'ref', schema: 'Node' }],
    ['any', true, { kind: 'boolean' }],
    ['plain', false, { kind: 'string' }],
  ]);
});

test('allOf merges the members\' properties and required lists, with enum, format, deprecated and maps kept', () => {
  expect(schema('Merged').properties.map((p) => [p.wireName, p.required])).toEqual([['id', true], ['parent', false], ['children', false], ['kind', true], ['tags', false]]);
  expect(property('Merged', 'kind')).toMatchObject({ enum: ['a', 'b'], format: 'slug', deprecated: true, type: { kind: 'string' } });
  expect(property('Merged', 'tags').type).toEqual({ kind: 'map', values: { kind: 'string' } });
});

test('an allOf that includes itself is read once, not for ever; a single-value const is kept', () => {
  expect(schema('Loop').properties.map((p) => [p.wireName, p.const])).toEqual([['self', 'loop']]);
});

test('an unresolved $ref is an error at the $ref, in the OpenAPI file', () => {
  expect(messages).toEqual([
    `${FILE}:38:22 - error MG221: \`$ref: #/components/schemas/Missing\` points at nothing in the document`,
    `${FILE}:41:26 - error MG221: \`$ref: #/definitions/Elsewhere\` points at nothing in the document`,
  ]);
  expect(property('Broken', 'bad').type).toEqual({ kind: 'unknown' });
});

test('JSON reads like YAML, positions included', () => {
  const json = JSON.stringify({ openapi: '3.1.0', components: { schemas: { A: { type: 'object', properties: { x: { type: ['string', 'null'] } } } } } }, null, 2);
  const { contract: c, messages: m } = read('a.json', json);
  expect(m).toEqual([]);
  expect(c?.schemas[0].properties[0]).toMatchObject({ wireName: 'x', nullable: true, location: { file: 'a.json', line: 8, column: 11 } });
});

test.each([
  ['not YAML', 'openapi: [3.1', 'x.yaml:1:14 - error MG220: x.yaml is not valid YAML or JSON: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ['no openapi key', 'swagger: "2.0"\n', 'x.yaml:1:1 - error MG220: x.yaml has no top-level `openapi:` key, so it is not an OpenAPI document'],
  ['an unsupported version', 'openapi: 2.0.0\n', 'x.yaml:1:10 - error MG220: x.yaml is OpenAPI 2.0.0; modelgen reads OpenAPI 3.0 and 3.1'],
])('an unreadable document (%s) is an error with its position', (_name, text, expected) => {
  const { contract: c, messages: m } = read('x.yaml', text);
  expect(c).toBeUndefined();
  expect(m).toHaveLength(1);
  expect(m[0].startsWith(expected)).toBe(true);
});
