/**
 * The `yaml` library is loaded only for what src/load/fast-yaml.ts leaves
 * to it: reading the seeds and the WorkOS OpenAPI document needs none of it,
 * a spec with a problem does. Run on the built modules (dist/), in a child
 * process, so the module registry shows exactly what the reading loaded.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/render';

const WORKOS = 'node_modules/@workos/openapi-spec/open-api-spec.yaml';

/** Reads each list of specs in its own run, in one child process, and reports the runs' models and codes and whether `yaml` was loaded by the end. */
function readAndReport(runs: ReadonlyArray<readonly string[]>): { models: number[]; codes: string[]; yamlLoaded: boolean } {
  const script = `
    const { readSpecs } = require('./dist/pipeline');
    const results = ${JSON.stringify(runs)}.map((specs) => readSpecs(specs));
    const yamlLoaded = Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(file));
    console.log(JSON.stringify({ models: results.map((r) => r.modelSet.models.length), codes: results.flatMap((r) => r.diagnostics.map((d) => d.code)), yamlLoaded }));`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

test('reading the seeds and the WorkOS OpenAPI document loads none of the yaml library', () => {
  // Apart: the seeds document models the WorkOS document defines too (MG032).
  const result = readAndReport([['specs'], [WORKOS]]);
  expect(result.models[0]).toBe(5);
  expect(result.models[1]).toBeGreaterThan(100);
  expect(result.codes.filter((code) => code.startsWith('MG0'))).toEqual([]);
  expect(result.yamlLoaded).toBe(false);
});

test('a spec with a YAML problem is read by the yaml library, which reports it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-yaml-loading-'));
  try {
    fs.writeFileSync(path.join(dir, 'w.yaml'), 'descriptions:\n  a: x\n  a: y\nreference: {}\n');
    expect(readAndReport([[dir]])).toEqual({ models: [0], codes: ['MG003'], yamlLoaded: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
