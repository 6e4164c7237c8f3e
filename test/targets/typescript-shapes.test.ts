/**
 * The TypeScript target on the hand-built IR of OpenAPI's shapes (unions,
 * named enums, `const` of every scalar kind, formats, deprecation): it
 * compiles under the strictest flags, Prettier leaves it unchanged, a
 * user's code narrows its unions, and every SHAPES payload reads and writes
 * back equal, lenient and strict, with the `dateTime` option both ways.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderModels } from '../../src/pipeline';
import { RenderedFile } from '../../src/targets/target';
import { modelNames } from '../../src/targets/typescript/types';
import { SHAPES, SHAPES_PAYLOADS } from '../support/openapi-shapes';
import { defaultRuns, REPO_ROOT, writeTemp } from '../support/render';
import { run } from '../support/toolchain';

const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

type Sdk = Record<string, (value: unknown) => unknown> & { UnknownVariant: new (json: unknown) => { json: unknown }; ModelValidationError: new () => Error };

const DATE_TIMES = ['string', 'Date'] as const;
type DateTime = (typeof DATE_TIMES)[number];

const all: { dir?: string; files?: Record<DateTime, readonly RenderedFile[]>; sdk?: Record<DateTime, Sdk> } = {};

beforeAll(async () => {
  const rendered = await Promise.all(DATE_TIMES.map((dateTime) => renderModels(SHAPES, defaultRuns(['typescript'], { typescript: { dateTime } }))));
  for (const r of rendered) expect(r.diagnostics).toEqual([]);
  all.files = { string: rendered[0].files, Date: rendered[1].files };
  all.dir = writeTemp(DATE_TIMES.flatMap((d) => all.files![d].map((f) => ({ ...f, path: `${d}/${f.path}` }))));
  for (const d of DATE_TIMES) fs.copyFileSync(path.join(__dirname, 'typescript', 'consumer.ts.txt'), path.join(all.dir, d, 'consumer.ts'));
});

/** Both renderings and the consumer beside each, compiled in ONE tsc run, then loaded here: this process is the driver. */
function sdks(): Record<DateTime, Sdk> {
  if (!all.sdk) {
    const outDir = path.join(all.dir!, 'js');
    const flags = ['--strict', '--noUnusedLocals', '--noUnusedParameters', '--exactOptionalPropertyTypes', '--noImplicitReturns', '--allowUnreachableCode', 'false', '--target', 'ES2020', '--module', 'commonjs'];
    run(bin('tsc'), [...flags, '--rootDir', all.dir!, '--outDir', outDir, ...DATE_TIMES.flatMap((d) => [path.join(all.dir!, d, 'typescript', 'index.ts'), path.join(all.dir!, d, 'consumer.ts')])]);
    all.sdk = { string: require(path.join(outDir, 'string', 'typescript', 'index.js')), Date: require(path.join(outDir, 'Date', 'typescript', 'index.js')) };
  }
  return all.sdk;
}

const file = (d: DateTime, name: string) => all.files![d].find((f) => f.path === `typescript/${name}`)?.contents ?? '';
const namesOf = (modelId: string) => modelNames(SHAPES.models.find((m) => m.id === modelId)!.bindings.find((b) => b.language === 'js')!.name);

describe('typescript on the OpenAPI shapes', () => {
  test('compiles with --strict --exactOptionalPropertyTypes --noUnusedLocals --allowUnreachableCode false, with a consumer that narrows each union', () => {
    expect(Object.keys(sdks())).toEqual(['string', 'Date']);
  });

  test('compiles as ES modules under --verbatimModuleSyntax', () => {
    const flags = ['--strict', '--noEmit', '--target', 'ES2020', '--module', 'esnext', '--moduleResolution', 'bundler', '--verbatimModuleSyntax'];
    run(bin('tsc'), [...flags, ...DATE_TIMES.map((d) => path.join(all.dir!, d, 'typescript', 'index.ts'))]);
  });

  test('passes prettier --check unchanged', () => {
    run(bin('prettier'), ['--check', '--no-config', ...DATE_TIMES.map((d) => path.join(all.dir!, d, 'typescript'))]);
  });

  test('one module per model, union and enum; the index exports UnknownVariant', () => {
    const modules = all.files!.string.map((f) => f.path.replace(/^typescript\//, '')).sort();
    expect(modules).toEqual([...[...SHAPES.models, ...SHAPES.unions, ...SHAPES.enums].map((m) => `${m.id.replace(/_/g, '-')}.ts`), '_runtime.ts', 'index.ts'].sort());
    expect(file('string', 'index.ts')).toContain('export { ModelValidationError, UnknownVariant } from "./_runtime";\n');
  });

  test.each(DATE_TIMES)('dateTime %s: every SHAPES payload reads and writes back equal, lenient and strict', (d) => {
    const sdk = sdks()[d];
    for (const payload of SHAPES_PAYLOADS) {
      const names = namesOf(payload.modelId);
      const lenient = sdk[names.serializeName](sdk[names.deserializeName](payload.json));
      const strict = sdk[names.serializeName](sdk[names.strictName](payload.json));
      // toStrictEqual on the objects themselves: an absent key must not come back as `key: undefined`.
      expect({ name: payload.name, lenient, strict }).toStrictEqual({ name: payload.name, lenient: payload.json, strict: payload.json });
    }
  });
});
