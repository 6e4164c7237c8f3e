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

function readAndReport(specs: readonly string[]): { models: number; codes: string[]; yamlLoaded: boolean } {
  const script = `
    const { readSpecs } = require('./dist/pipeline');
    const result = readSpecs(${JSON.stringify(specs)});
    const yamlLoaded = Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(file));
    console.log(JSON.stringify({ models: result.modelSet.models.length, codes: result.diagnostics.map((d) => d.code), yamlLoaded }));`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

test('reading the seeds and the WorkOS OpenAPI document loads none of the yaml library', () => {
  const result = readAndReport(['specs', WORKOS]);
  expect(result.models).toBeGreaterThan(100);
  expect(result.codes.filter((code) => code.startsWith('MG0'))).toEqual([]);
  expect(result.yamlLoaded).toBe(false);
});

test('a spec with a YAML problem is read by the yaml library, which reports it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-yaml-loading-'));
  try {
    fs.writeFileSync(path.join(dir, 'w.yaml'), 'descriptions:\n  a: x\n  a: y\nreference: {}\n');
    expect(readAndReport([dir])).toEqual({ models: 0, codes: ['MG003'], yamlLoaded: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
