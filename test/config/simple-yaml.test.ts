/** readSimpleYaml reads a config exactly as `yaml` does, or declines and leaves it to `yaml`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { readSimpleYaml } from '../../src/config/simple-yaml';
import { isMap, isScalar, isSeq } from '../../src/load/yaml-nodes';
import { REPO_ROOT } from '../support/render';

/** What config validation reads of a node: its kind, value, start offset and children. */
function shape(node: unknown): unknown {
  const start = (node as { range?: number[] }).range?.[0];
  if (isMap(node)) return { map: node.items.map((p) => [shape(p.key), shape(p.value)]), start };
  if (isSeq(node)) return { seq: node.items.map(shape), start };
  if (isScalar(node)) return { value: node.value, start };
  return { other: String(node) };
}

const byYaml = (text: string) => {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length > 0 ? 'error' : shape(doc.contents);
};

const SIMPLE = [
  fs.readFileSync(path.join(REPO_ROOT, 'modelgen.config.yaml'), 'utf8'),
  'specs: [specs]\nout: generated\n',
  'specs: [ a , b/c.mdx,d ]   # a comment\nout: "gen out"\nlanguages:\n  - go\n  -   java\n',
  "# yaml-language-server: $schema=node_modules/modelgen/schemas/modelgen.config.schema.json\n$schema: ./schemas/x.json\nspecs:\n- specs\n- ../more\ntemplates: 'my templates'\n",
  'targets:\n  php:\n    namespace: WorkOS\\{area}\n    psr4Prefix: Acme\\Sdk\\\n  go:\n    module: github.com/acme/sdk/models\n\n\nareas:\n  specs/sso.mdx: sso\n  organization_domain: organizations\n',
  'specs: []\ncacheDir: /tmp/cache\ncontract: https://example.com/open-api.yaml\n',
  'out: a:b\nspecs: [x]\n',
];

/** Each is valid YAML (or not) that the simple reader must leave to `yaml`. */
const NOT_SIMPLE = [
  'out: 42\n',
  'out: 1.5\n',
  'out: .inf\n',
  'out: true\n',
  'out: null\n',
  'out: ~\n',
  'out:\n',
  'out: !tag generated\n',
  'out: &a generated\nspecs: [*a]\n',
  'out: generated\nout: again\n',
  'out: a\n  continued\n',
  'out: "a #b"\n',
  "out: 'it''s'\n",
  'out: "a\\tb"\n',
  'out:\tgenerated\n',
  'out: generated\r\n',
  '---\nout: generated\n',
  'targets: {go: {package: x}}\n',
  'specs: [a, [b]]\n',
  'specs: [a,]\n',
  'specs:\n  - a: b\n',
  '- a\n- b\n',
  'specs: [a\n',
  '"out": generated\n',
  'out: |\n  generated\n',
  ' out: indented\n',
  'targets:\n  go:\n     package: a\n    module: b\n',
  'out: -x\n',
  'out: @x\n',
  'out: .5\n',
  'out: .hidden\n',
];

test.each(SIMPLE)('reads what yaml reads: %j', (text) => {
  const simple = readSimpleYaml(text);
  expect(simple).toBeDefined();
  expect(shape(simple)).toEqual(byYaml(text));
});

test.each(NOT_SIMPLE)('leaves to yaml: %j', (text) => {
  expect(readSimpleYaml(text)).toBeUndefined();
});
