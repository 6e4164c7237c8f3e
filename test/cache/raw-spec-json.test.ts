import * as fs from 'node:fs';
import { isRawSpecShape, rawSpecFromJson, rawSpecToJson } from '../../src/cache/raw-spec-json';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { parseSpec } from '../../src/load/parse-spec';
import { validateSpec } from '../../src/docs/validate/validate';

test.each(['specs/directory.mdx', 'specs/directory-group.mdx', 'test/targets/java/hostile.yaml'])('%s: a validated spec survives the cache as JSON text unchanged', (file) => {
  const bag = new DiagnosticBag();
  const loaded = parseSpec(file, fs.readFileSync(file, 'utf8'), bag);
  const spec = loaded && validateSpec(loaded, bag);
  if (!spec) throw new Error(JSON.stringify(bag.all));
  const text = JSON.stringify(rawSpecToJson(spec));
  expect(text).toContain('"$at":[');
  expect(rawSpecFromJson(file, JSON.parse(text))).toEqual(spec);
  expect(isRawSpecShape(rawSpecFromJson(file, JSON.parse(text)), file)).toBe(true);
});

describe('a malformed cache entry is recognised, so it costs a re-parse instead of a crash in normalisation', () => {
  const bag = new DiagnosticBag();
  const file = 'specs/directory.mdx';
  const loaded = parseSpec(file, fs.readFileSync(file, 'utf8'), bag);
  const json = rawSpecToJson(validateSpec(loaded!, bag)!) as Record<string, unknown>;
  const entries = json.entries as Record<string, unknown>[];
  test.each([
    ['no descriptions', { ...json, descriptions: undefined }],
    ['entries as a mapping', { ...json, entries: { $map: [] } }],
    ['a property without a type', { ...json, entries: [{ ...entries[0], properties: [{ key: 'id' }] }] }],
    ['another spec\'s path', { ...json, path: 'specs/other.mdx' }],
    ['a number for a spec', 7],
  ])('%s', (_what, bad) => expect(isRawSpecShape(rawSpecFromJson(file, JSON.parse(JSON.stringify(bad))), file)).toBe(false));
});
