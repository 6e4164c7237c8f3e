import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { readSpecs, renderModels } from '../../src/pipeline';
import { TargetName } from '../../src/targets/target';
import { TARGET_NAMES } from '../../src/targets/registry';
import { defaultRuns, REPO_ROOT, SEED_SPECS } from '../support/render';

/** Renders `copies` copies of the seed models for every target, counting the templates Handlebars sets up (`template()` takes each, compiled or precompiled). */
async function compilationsFor(copies: number): Promise<{ compiled: number; files: number }> {
  const runtime = require('handlebars/runtime') as typeof Handlebars;
  const spies = [Handlebars, runtime].map((module) => {
    const env = module.create();
    return { env, create: jest.spyOn(module, 'create').mockReturnValue(env), calls: [jest.spyOn(env, 'template')] };
  });
  try {
    const { models } = readSpecs(SEED_SPECS).modelSet;
    const many = Array.from({ length: copies }, () => models).flat();
    // The copies render to the same paths; the conflict that reports is beside the point here.
    const result = await renderModels({ models: many, unions: [], enums: [] }, defaultRuns(TARGET_NAMES));
    expect(result.diagnostics.every((d) => d.code === 'MG206')).toBe(true);
    return { compiled: spies.flatMap((s) => s.calls).reduce((n, spy) => n + spy.mock.calls.length, 0), files: result.files.length };
  } finally {
    spies.forEach((s) => s.create.mockRestore());
  }
}

test('each template and partial is compiled once per run, however many models it renders', async () => {
  const templates = TARGET_NAMES.flatMap((t: TargetName) => fs.readdirSync(path.join(REPO_ROOT, 'templates', t)).filter((f) => f.endsWith('.hbs')));
  const one = await compilationsFor(1);
  const twenty = await compilationsFor(20);
  expect(twenty.files).toBeGreaterThan(10 * one.files);
  expect(twenty.compiled).toBe(one.compiled);
  expect(one.compiled).toBeGreaterThan(0);
  expect(one.compiled).toBeLessThanOrEqual(templates.length);
});
