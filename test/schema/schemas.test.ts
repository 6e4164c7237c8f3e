import * as fs from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { configSchema } from '../../src/schema/config-schema';
import { JsonSchema, validateNode } from '../../src/schema/json-schema';
import { splitFrontMatter } from '../../src/load/front-matter';
import { MINIMAL_SPEC } from '../support/specs';

const specSchema = JSON.parse(fs.readFileSync('schemas/spec.schema.json', 'utf8')) as JsonSchema;

function check(yaml: string, schema: JsonSchema): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  const locate = (node: unknown) => {
    const range = (node as { range?: [number] } | null)?.range;
    const p = lines.linePos(range ? range[0] : 0);
    return { file: 'x.yaml', line: p.line, column: p.col };
  };
  return validateNode(doc.contents, schema, 'the spec', locate).map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
}

test('schemas/modelgen.config.schema.json is the schema built from the option declarations (`npm run schemas`)', () => {
  expect(JSON.parse(fs.readFileSync('schemas/modelgen.config.schema.json', 'utf8'))).toEqual(configSchema());
});

test('every target and option is in the config schema', () => {
  const targets = configSchema().properties?.targets?.properties ?? {};
  expect(Object.keys(targets)).toEqual(['typescript', 'go', 'java', 'python', 'ruby', 'php', 'dotnet']);
  expect(Object.keys(targets.java.properties ?? {})).toEqual(['dir', 'package', 'dateTime']);
});

test.each(['specs/directory.mdx', 'specs/directory-group.mdx', 'specs/directory-user.mdx'])('the seed %s satisfies the spec schema', (file) => {
  expect(check(splitFrontMatter(fs.readFileSync(file, 'utf8'))?.yaml ?? '', specSchema)).toEqual([]);
});

test.each([
  ['a property without key', MINIMAL_SPEC.replace('        - key: id\n          type: String\n', '        - type: String\n'), ['32:11 `properties`[0] has no `key`']],
  ['an unknown language', `${MINIMAL_SPEC}  kotlin: []\n`, ['38:3 unknown key `kotlin` in `reference`; expected curl, js, go, java, python, ruby, php, dotnet']],
  ['a misspelt language', `${MINIMAL_SPEC}  pyhton: []\n`, ['38:3 unknown key `pyhton` in `reference`; did you mean `python`?']],
  ['an unknown top-level key, which is allowed', `${MINIMAL_SPEC}originalPath: x\nnotes: y\n`, []],
  ['a description that is no reference', MINIMAL_SPEC.replace('(widget.id)', 'The id.'), ['23:24 `description` `The id.` does not match ^\\(\\s*[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+\\s*\\)$']],
  ['optional that is no boolean', MINIMAL_SPEC.replace('type: String\n', 'type: String\n          optional: maybe\n'), ['34:21 `optional` is a string, expected true or false']],
  ['a misspelt property key', MINIMAL_SPEC.replace('type: String\n', 'type: String\n          optinal: true\n'), ['34:11 unknown key `optinal` in `properties`[0]; did you mean `optional`?']],
  ['a misspelt entry key', MINIMAL_SPEC.replace('      title: class Widget\n', '      titel: class Widget\n'), ['30:7 unknown key `titel` in `java`[0]; did you mean `title`?']],
])('the spec schema rejects %s, at its position', (_name, yaml, expected) => {
  expect(check(yaml, specSchema)).toEqual(expected);
});
