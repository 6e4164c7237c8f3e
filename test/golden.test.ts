/**
 * The committed `generated/` folder is the golden output of the seed specs for
 * every registered target. It is regenerated only on purpose, with
 * `npm run golden`; this test fails on any stale, missing or orphaned file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticBag } from '../src/diagnostics/diagnostic';
import { resolveRunOptions } from '../src/cli/run-options';
import { readSpecs, renderModels } from '../src/pipeline';
import { MANIFEST_FILE } from '../src/write/manifest';
import { planWrite } from '../src/write/plan';
import { REPO_ROOT } from './support/render';

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]));
}

test('generated/ holds exactly what the seed specs produce (regenerate with `npm run golden`)', async () => {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions({}, REPO_ROOT, bag);
  expect(bag.all).toEqual([]);
  const read = readSpecs(options.specs.map((s) => path.relative(process.cwd(), path.resolve(REPO_ROOT, s)) || '.'), options.nameOf);
  const rendered = await renderModels(read.modelSet, options.runs);
  const outDir = path.join(REPO_ROOT, options.out);
  const plan = planWrite(outDir, rendered.files, rendered.byTarget);
  expect(plan.problems).toEqual([]);
  expect(plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([]);
  const expected = [...rendered.files.map((f) => f.path), MANIFEST_FILE].sort();
  expect(listFiles(outDir).sort()).toEqual(expected);
  expect(options.runs.map((r) => r.target.name).every((t) => rendered.byTarget.get(t)?.length)).toBe(true);
});
