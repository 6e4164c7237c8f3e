import * as fs from 'node:fs';
import { rawSpecFromJson, rawSpecToJson } from '../../src/cache/raw-spec-json';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { parseSpec } from '../../src/load/load-specs';
import { validateSpec } from '../../src/validate/validate';

test.each(['specs/directory.mdx', 'specs/directory-group.mdx', 'test/targets/java/hostile.yaml'])('%s: a validated spec survives the cache as JSON text unchanged', (file) => {
  const bag = new DiagnosticBag();
  const loaded = parseSpec(file, fs.readFileSync(file, 'utf8'), bag);
  const spec = loaded && validateSpec(loaded, bag);
  if (!spec) throw new Error(JSON.stringify(bag.all));
  const text = JSON.stringify(rawSpecToJson(spec));
  expect(text).toContain('"$at":[');
  expect(rawSpecFromJson(file, JSON.parse(text))).toEqual(spec);
});
