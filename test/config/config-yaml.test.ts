/**
 * A config is read by src/load/fast-yaml.ts exactly as `yaml` reads it, or
 * left to `yaml`: so a config read needs no YAML library, and what it reads
 * is never different.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareWithYaml } from '../load/yaml-differential';
import { REPO_ROOT } from '../support/render';

const SIMPLE = [
  fs.readFileSync(path.join(REPO_ROOT, 'modelgen.config.yaml'), 'utf8'),
  'specs: [specs]\nout: generated\n',
  'specs: [ a , b/c.mdx,d ]   # a comment\nout: "gen out"\nlanguages:\n  - go\n  -   java\n',
  "# yaml-language-server: $schema=node_modules/modelgen/schemas/modelgen.config.schema.json\n$schema: ./schemas/x.json\nspecs:\n- specs\n- ../more\ntemplates: 'my templates'\n",
  'targets:\n  php:\n    namespace: WorkOS\\{area}\n    psr4Prefix: Acme\\Sdk\\\n  go:\n    module: github.com/acme/sdk/models\n\n\nareas:\n  specs/sso.mdx: sso\n  organization_domain: organizations\n',
  'specs: []\ncacheDir: /tmp/cache\ncontract: https://example.com/open-api.yaml\n',
  'out: a:b\nspecs: [x]\n',
];

/** Valid YAML outside the fast reader's subset, broken YAML, and YAML in it that a simpler reader once declined. */
const OTHERS = [
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
  expect(compareWithYaml(text, false)).toEqual({ read: true, difference: undefined });
});

test.each(OTHERS)('reads what yaml reads, or leaves it to yaml: %j', (text) => {
  const result = compareWithYaml(text, false);
  expect(result.read && result.difference).toBeFalsy();
});

test('leaves to yaml what it does not read as yaml does, or what is wrong', () => {
  const left = OTHERS.filter((text) => !compareWithYaml(text, false).read);
  expect(left).toEqual(['out: !tag generated\n', 'out: &a generated\nspecs: [*a]\n', 'out: generated\nout: again\n', 'out: a\n  continued\n', 'out:\tgenerated\n', 'out: generated\r\n', '---\nout: generated\n', 'specs: [a,]\n', 'specs: [a\n', ' out: indented\n', 'targets:\n  go:\n     package: a\n    module: b\n', 'out: @x\n']);
});
