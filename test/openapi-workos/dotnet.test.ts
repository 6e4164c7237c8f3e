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

const modelSet = workosModelSet();
const payloads = payloadsFor(modelSet);
const files: RenderedFile[] = dotnetTarget.render({ ...modelSet, options: { namespace: NAMESPACE, folder: 'Models' }, dir: 'dotnet' }, new TemplateEngine());
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

  // One mcs and one mono process: every payload, read leniently and strictly.
  beforeAll(() => {
    const dir = writeTemp(files, 'modelgen-dotnet-workos-');
    const exe = buildDotnetDriver(dir);
    const args = payloads.flatMap((p) => {
      const file = path.join(dir, `${p.name}.json`);
      fs.writeFileSync(file, JSON.stringify(p.json));
      const type = `${NAMESPACE}.${csName(p.modelId)}`;
      return [`${type}=${file}`, `strict:${type}=${file}`];
    });
    const out = run('mono', [exe, ...args]).trim().split('\n');
    out.forEach((line, i) => lines.set(`${payloads[i >> 1].name}${i % 2 === 1 ? ' (strict)' : ''}`, JSON.parse(line) as DriverLine));
  });

  test('every payload reads and writes back equal, leniently and strictly', () => {
    expect(payloads.length).toBeGreaterThan(900);
    const wrong = payloads.flatMap((p) =>
      [p.name, `${p.name} (strict)`].flatMap((name) => {
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
