/**
 * Prettier judges layout.ts. The TypeScript target marks a module
 * `formatted` when the layout laid it out whole, and a run then skips
 * Prettier for it; every such module must be exactly what Prettier makes of
 * it. Checked on every spec in the repository, the OpenAPI shapes, WorkOS's
 * whole document, and seeded random OpenAPI documents whose names run from
 * one word to many, so that every construct is tried on both sides of 80
 * columns. The seeds and the bench's specs must need no Prettier at all.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as prettier from 'prettier';
import { ModelSet } from '../../src/ir/model';
import { readSpecs } from '../../src/pipeline';
import { TemplateEngine } from '../../src/render/template-engine';
import { RenderedFile } from '../../src/targets/target';
import { typescriptTarget } from '../../src/targets/typescript';
import { hasOwnPrettierConfig } from '../../src/targets/typescript/prettier-config';
import { Random } from '../fuzz/prng';
import { SHAPES } from '../support/openapi-shapes';
import { REPO_ROOT, SEED_SPECS } from '../support/render';
import { workosModelSet } from '../support/workos-openapi';

const OPTION_SETS: readonly Record<string, string>[] = [{}, { dateTime: 'Date', importExtension: '.js', folder: '{area}' }];

function render(modelSet: ModelSet, options: Record<string, string> = {}, templates = new TemplateEngine()): RenderedFile[] {
  const input = { models: modelSet.models, unions: modelSet.unions, enums: modelSet.enums, options, dir: 'typescript', neutralDefault: () => undefined };
  return typescriptTarget.render(input, templates);
}

function read(specs: readonly string[]): ModelSet {
  const result = readSpecs(specs);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors, null, 2));
  return result.modelSet;
}

/** The spec files of a folder of test specs (payloads and READMEs beside them are not specs). */
const specsIn = (folder: string) =>
  fs
    .readdirSync(path.join(REPO_ROOT, folder))
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((f) => path.join(folder, f));

/** The modules claimed `formatted` that Prettier would change: path, and the lines from the first difference, both ways. */
async function misjudged(files: readonly RenderedFile[]): Promise<{ path: string; prettier: string[]; rendered: string[] }[]> {
  const wrong = [];
  for (const f of files.filter((f) => f.formatted)) {
    const expected = await prettier.format(f.contents, { parser: 'babel-ts' });
    if (expected === f.contents) continue;
    const [want, got] = [expected.split('\n'), f.contents.split('\n')];
    const first = want.findIndex((line, i) => line !== got[i]);
    wrong.push({ path: f.path, prettier: want.slice(first, first + 6), rendered: got.slice(first, first + 6) });
  }
  return wrong;
}

function corpus(): Record<string, ModelSet> {
  const folders = ['test/specs/hostile', 'test/specs/type-forms', 'test/specs/cross-area', 'test/specs/multi-area', 'test/specs/open-enum', 'test/specs/runtime-names'];
  return {
    seeds: read(SEED_SPECS),
    ...Object.fromEntries(folders.map((f) => [f, read(specsIn(f))])),
    'openapi mapping': read(['test/fixtures/openapi/mapping-30.yaml', 'test/fixtures/openapi/mapping-31.yaml', 'test/fixtures/openapi/mapping.json']),
    'openapi cross-file': read(['test/fixtures/openapi/cross-a.yaml', 'test/fixtures/openapi/cross-b.yaml']),
    shapes: SHAPES,
    workos: workosModelSet(),
  };
}

describe('TypeScript laid out as Prettier would', () => {
  test.each(OPTION_SETS.map((o) => [JSON.stringify(o), o] as const))('every module of the corpus claimed formatted is Prettier-exact, options %s', async (_name, options) => {
    let claimed = 0;
    for (const [name, modelSet] of Object.entries(corpus())) {
      const files = render(modelSet, options);
      claimed += files.filter((f) => f.formatted).length;
      expect({ name, wrong: await misjudged(files) }).toEqual({ name, wrong: [] });
    }
    // Most modules are laid out whole; the rest (WorkOS's longest names) go to Prettier.
    expect(claimed).toBeGreaterThan(550);
  }, 180_000);

  test('the seeds and the bench specs need no Prettier', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-layout-'));
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'bench', 'make-specs.js'), dir, '40']);
    for (const modelSet of [read(SEED_SPECS), read([dir])]) {
      for (const options of OPTION_SETS) expect(render(modelSet, options).filter((f) => !f.formatted).map((f) => f.path)).toEqual([]);
    }
  });

  test('a TypeScript template override sends every module to Prettier', () => {
    const overrides = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-templates-'));
    fs.mkdirSync(path.join(overrides, 'typescript'));
    fs.copyFileSync(path.join(REPO_ROOT, 'templates', 'typescript', 'enum.ts.hbs'), path.join(overrides, 'typescript', 'enum.ts.hbs'));
    const files = render(read(SEED_SPECS), {}, new TemplateEngine(overrides));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.formatted)).toEqual([]);
  });

  test('formatting leaves laid-out modules alone unless the repository has Prettier options of its own', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-out-'));
    const files = render(read(SEED_SPECS));
    expect(await typescriptTarget.format!(files, out)).toEqual(files);
    fs.writeFileSync(path.join(out, '.prettierrc'), '{ "singleQuote": true }\n');
    const own = await typescriptTarget.format!(files, out);
    expect(own.find((f) => f.path === 'typescript/directory.ts')?.contents).toContain("from './_runtime'");
  });

  test.each([
    ['package.json', '{ "name": "sdk" }', false],
    ['package.json', '{ "name": "sdk", "prettier": "@company/prettier-config" }', true],
    ['package.json', '{ not json', true],
    ['package.yaml', 'name: sdk\n', false],
    ['package.yaml', 'prettier:\n  semi: false\n', true],
    ['.editorconfig', 'root = true\n[*.md]\ntrim_trailing_whitespace = false\n', false],
    ['.editorconfig', '[*]\nindent_size = 4\n', true],
    ['.prettierrc', '{}', true],
    ['prettier.config.js', 'module.exports = {};', true],
  ])('%s holding %j gives Prettier options: %s', (name, text, expected) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-config-'));
    const folder = path.join(root, 'sdk', 'models');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
    expect(hasOwnPrettierConfig(folder)).toBe(expected);
  });

  test('seeded random documents: names of every length, every type form', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-layout-'));
    let claimed = 0;
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const file = path.join(dir, `random-${seed}.json`);
      fs.writeFileSync(file, JSON.stringify(randomDocument(new Random(seed))));
      const files = render(read([file]), OPTION_SETS[seed % 2]);
      total += files.length;
      claimed += files.filter((f) => f.formatted).length;
      expect({ seed, wrong: await misjudged(files) }).toEqual({ seed, wrong: [] });
    }
    // The test proves something only if many modules are claimed, short and long names alike.
    expect(claimed / total).toBeGreaterThan(0.4);
  }, 180_000);
});

const WORDS = ['user', 'organization', 'membership', 'directory', 'group', 'id', 'state', 'role', 'domain', 'verification', 'token', 'event', 'data', 'a', 'x'];

function words(random: Random, max: number): string[] {
  return Array.from({ length: random.int(1, max) }, () => random.pick(WORDS));
}

const pascal = (parts: readonly string[]) => parts.map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** An OpenAPI 3.1 document of a few schemas referring to each other through every type form. */
function randomDocument(random: Random): object {
  const names = [...new Set(Array.from({ length: 6 }, () => pascal(words(random, 7))))];
  // Quotes in enum values and keys, and numbers JSON writes differently from Prettier (`1e+21`), as well as plain names.
  const ref = () => ({ $ref: `#/components/schemas/${random.pick(names)}` });
  const scalar = () =>
    random.pick<() => object>([
      () => ({ type: 'string' }),
      () => ({ type: 'string', format: 'date-time' }),
      () => ({ type: 'integer' }),
      () => ({ type: 'boolean' }),
      () => ({ type: 'string', enum: words(random, 6).map((w, i) => `${w}_${i}`) }),
      () => ({ type: 'string', enum: [`say "${random.pick(WORDS)}"`, `it's "${random.pick(WORDS)}" or "x"`, `back\\slash '${random.pick(WORDS)}'`] }),
      () => ({ const: random.pick([1e21, -1.5e-7, 0.25, 12345678901234567890, 'a "quoted" const']) }),
    ])();
  const property = (depth: number): object =>
    random.pick<() => object>([
      scalar,
      ref,
      () => ({ type: 'array', items: depth > 1 ? ref() : property(depth + 1) }),
      () => ({ type: 'object', additionalProperties: depth > 1 ? ref() : property(depth + 1) }),
      () => ({ oneOf: [ref(), { type: 'null' }] }),
      () => ({ type: ['string', 'null'], format: 'date-time' }),
      () => ({ oneOf: [ref(), ref(), { type: 'string' }] }),
    ])();
  const schema = () => {
    const key = () => (random.chance(0.1) ? `${random.pick(WORDS)} "${random.pick(WORDS)}"-key` : words(random, 6).join('_'));
    const keys = [...new Set(Array.from({ length: random.int(0, 6) }, key))];
    const properties = Object.fromEntries(keys.map((k) => [k, property(0)]));
    return { type: 'object', properties, required: keys.filter(() => random.chance(0.5)) };
  };
  return { openapi: '3.1.0', info: { title: 'random', version: '1' }, paths: {}, components: { schemas: Object.fromEntries(names.map((n) => [n, schema()])) } };
}
