/**
 * The whole WorkOS OpenAPI document (`@workos/openapi-spec@0.1.0`) in C#:
 * every schema renders, the namespace compiles with `mcs -warnaserror` (XML
 * docs checked), and every payload of `payloadsFor` reads and writes back
 * equal, leniently and strictly, in one mcs and one mono process. EventSchema
 * is one abstract class with a nested class per event and Unknown.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TemplateEngine } from '../../src/render/template-engine';
import { dotnetTarget } from '../../src/targets/dotnet';
import { identifier } from '../../src/targets/dotnet/naming';
import { RenderedFile } from '../../src/targets/target';
import { buildDotnetDriver } from '../support/drivers';
import { payloadsFor, UNKNOWN_TAG } from '../support/openapi-payloads';
import { writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';
import { workosModelSet } from '../support/workos-openapi';

const NAMESPACE = 'WorkOS.Models';
/** The same document with `dateTime: DateTimeOffset`, compiled and driven beside it. */
const DATES_NAMESPACE = 'WorkOS.DatedModels';

const modelSet = workosModelSet();
const payloads = payloadsFor(modelSet);
const render = (options: Record<string, string>): RenderedFile[] => dotnetTarget.render({ ...modelSet, options, dir: 'dotnet' }, new TemplateEngine());
const files = render({ namespace: NAMESPACE, folder: 'Models' });
const datedFiles = render({ namespace: DATES_NAMESPACE, folder: 'DatedModels', dateTime: 'DateTimeOffset' });
const csName = (id: string) => identifier(([...modelSet.models, ...modelSet.unions].find((d) => d.id === id)?.bindings.find((b) => b.language === 'dotnet')?.name) as string, 'Model');

describe('dotnet target on the WorkOS OpenAPI document', () => {
  test('renders one file per class, union and enum (with its converter), and the namespace runtime', () => {
    expect(files).toHaveLength(modelSet.models.length + modelSet.unions.length + 2 * modelSet.enums.length + 2);
    expect(new Set(files.map((f) => f.path.toLowerCase())).size).toBe(files.length);
  });

  test('EventSchema is one abstract class with a nested class per event and Unknown', () => {
    const lines = (files.find((f) => f.path === 'dotnet/Models/EventSchema.cs')?.contents ?? '').split('\n');
    expect(lines).toContain('    public abstract class EventSchema : global::WorkOS.Models.ModelJson.IUnion');
    expect(lines.filter((l) => /^ {8}public sealed class \w+ : EventSchema$/.test(l))).toHaveLength(94);
    expect(lines).toContain('        public sealed class Unknown : EventSchema');
  });
});

interface DriverLine {
  readonly json?: unknown;
  readonly error?: string;
}

describeWithToolchain('dotnet toolchain on the WorkOS OpenAPI document', ['mcs', 'mono', 'pkg-config'], () => {
  const lines = new Map<string, DriverLine>();

  const MODES = ['', ' (strict)', ' (DateTimeOffset)'];

  // One mcs and one mono process: every payload, read leniently and strictly, and with date-times as DateTimeOffset.
  beforeAll(() => {
    const dir = writeTemp([...files, ...datedFiles], 'modelgen-dotnet-workos-');
    const exe = buildDotnetDriver(dir);
    const args = payloads.flatMap((p) => {
      const file = path.join(dir, `${p.name}.json`);
      fs.writeFileSync(file, JSON.stringify(p.json));
      const type = `${NAMESPACE}.${csName(p.modelId)}`;
      return [`${type}=${file}`, `strict:${type}=${file}`, `${DATES_NAMESPACE}.${csName(p.modelId)}=${file}`];
    });
    const out = run('mono', [exe, ...args]).trim().split('\n');
    out.forEach((line, i) => lines.set(`${payloads[Math.floor(i / MODES.length)].name}${MODES[i % MODES.length]}`, JSON.parse(line) as DriverLine));
  });

  test('every payload reads and writes back equal: leniently, strictly, and with date-times as DateTimeOffset (their wire text exact)', () => {
    expect(payloads.length).toBeGreaterThan(900);
    expect(datedFiles.some((f) => f.contents.includes('global::System.DateTimeOffset'))).toBe(true);
    const wrong = payloads.flatMap((p) =>
      MODES.map((mode) => `${p.name}${mode}`).flatMap((name) => {
        const line = lines.get(name);
        return JSON.stringify(line?.json) === JSON.stringify(p.json) ? [] : [{ name, error: line?.error, json: line?.json, expected: p.json }];
      }),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  test('an event no variant lists reads as EventSchema.Unknown and writes back unchanged', () => {
    const unknown = payloads.find((p) => p.modelId === 'event_schema' && JSON.stringify(p.json).includes(UNKNOWN_TAG));
    expect(unknown).toBeDefined();
    expect(lines.get(unknown?.name ?? '')?.json).toEqual(unknown?.json);
  });
});
