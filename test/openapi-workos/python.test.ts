/**
 * The whole WorkOS OpenAPI document (`@workos/openapi-spec`) in Python:
 * rendered through the real pipeline twice (date-times as `str`, and as
 * `datetime` with the `dateTime` option), checked by black and one mypy
 * --strict run, imported as packages, and every payload of `payloadsFor`
 * read and written back equal, leniently and strictly, in one driver process.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ModelSet, UnionModel } from '../../src/ir/model';
import { renderModels } from '../../src/pipeline';
import { className, unionNames } from '../../src/targets/python/naming';
import { RenderedFile } from '../../src/targets/target';
import { payloadsFor } from '../support/openapi-payloads';
import { defaultRuns, writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';
import { workosModelSet } from '../support/workos-openapi';

const PACKAGE = 'workos_api';
const DATETIME_PACKAGE = 'workos_api_dt';
const DRIVER = path.join(__dirname, '..', 'targets', 'python', 'driver.py');

let modelSet: ModelSet;
let files: readonly RenderedFile[];
let datetimeFiles: readonly RenderedFile[];

async function render(options: Record<string, string>): Promise<readonly RenderedFile[]> {
  const result = await renderModels(modelSet, defaultRuns(['python'], { python: options }));
  expect(result.diagnostics).toEqual([]);
  return result.files;
}

beforeAll(async () => {
  modelSet = workosModelSet();
  files = await render({ package: PACKAGE });
  datetimeFiles = await render({ package: DATETIME_PACKAGE, dateTime: 'datetime' });
});

const pythonName = (bindings: readonly { language: string; name: string }[]) => bindings.find((b) => b.language === 'python')?.name as string;
const eventSchema = () => modelSet.unions.find((u) => pythonName(u.bindings) === 'EventSchema') as UnionModel;

describe('the WorkOS document in Python', () => {
  test('every model, union and enum gets its module in one package', () => {
    const modules = new Set(files.map((f) => f.path));
    const count = modelSet.models.length + modelSet.unions.length + modelSet.enums.length;
    expect(files).toHaveLength(count + 2);
    expect(modules.size).toBe(count + 2);
    expect(files.every((f) => f.path.startsWith(`python/${PACKAGE}/`))).toBe(true);
  });

  test('EventSchema is one discriminated union of 93 variants with its Unknown class', () => {
    const union = eventSchema();
    expect(union.discriminator?.wireName).toBe('event');
    const variants = union.bindings.find((b) => b.language === 'python')?.variants ?? [];
    expect(variants).toHaveLength(93);
    const source = files.find((f) => f.path === `python/${PACKAGE}/event_schema.py`)?.contents ?? '';
    const alias = /\nEventSchema = Union\[\n((?: {4}\w+,\n)+)\]\n/.exec(source)?.[1] ?? '';
    expect(alias.trimEnd().split('\n')).toEqual([...variants.map((v) => `    ${className((v.type as { name: string }).name)},`), '    EventSchemaUnknown,']);
    expect(source).toContain('class EventSchemaUnknown:');
    expect(source).toContain('        "event",\n');
  });
});

describeWithToolchain('the WorkOS document through the Python toolchain', ['python3', 'mypy', 'black'], () => {
  test('passes black and mypy --strict, imports, and round-trips every payload, lenient and strict, with and without dateTime', () => {
    const pythonDir = path.join(writeTemp([...files, ...datetimeFiles], 'modelgen-python-workos-'), 'python');
    run('black', ['--check', '--quiet', pythonDir]);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-mypy-'));
    run('mypy', ['--strict', '--python-version', '3.9', '--cache-dir', cacheDir, '-p', PACKAGE, '-p', DATETIME_PACKAGE], { cwd: pythonDir });
    expect(datetimeFiles.filter((f) => f.contents.includes('read_datetime(')).length).toBeGreaterThan(100);
    const payloads = payloadsFor(modelSet);
    const request = (p: (typeof payloads)[number]) => {
      if (p.kind === 'model') return { class: className(pythonName(modelSet.models.find((m) => m.id === p.modelId)!.bindings)) };
      const names = unionNames(pythonName(modelSet.unions.find((u) => u.id === p.modelId)!.bindings));
      return { reader: names.reader, writer: names.writer };
    };
    const requests = [PACKAGE, DATETIME_PACKAGE].flatMap((pkg) => [false, true].flatMap((strict) => payloads.map((p) => ({ package: pkg, ...request(p), payload: p.json, strict }))));
    const env = { ...process.env, PYTHONPATH: pythonDir, PYTHONDONTWRITEBYTECODE: '1' };
    const lines = run('python3', [DRIVER], { cwd: pythonDir, input: JSON.stringify({ fixtures: requests }), env }).trim().split('\n');
    expect(lines).toHaveLength(requests.length);
    const failures = lines.flatMap((line, i) => {
      const { json, error } = JSON.parse(line) as { json?: unknown; error?: unknown };
      const p = payloads[i % payloads.length];
      return error !== undefined || JSON.stringify(json) !== JSON.stringify(p.json) ? [{ payload: p.name, package: requests[i].package, strict: requests[i].strict, error, json }] : [];
    });
    expect(failures).toEqual([]);
    expect(payloads.filter((p) => p.modelId === eventSchema().id)).toHaveLength(94);
  });
});
