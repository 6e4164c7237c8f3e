/**
 * The whole WorkOS OpenAPI document (`@workos/openapi-spec@0.1.0`) in Java:
 * every schema renders, the package compiles with `javac -Xlint:all -Werror`,
 * and every payload of `payloadsFor` reads and writes back equal, leniently
 * and strictly, in one javac and one java process. EventSchema is one sealed
 * interface with a record per event and Unknown.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TemplateEngine } from '../../src/render/template-engine';
import { javaTarget } from '../../src/targets/java';
import { typeName } from '../../src/targets/java/naming';
import { RenderedFile } from '../../src/targets/target';
import { JACKSON } from '../support/drivers';
import { payloadsFor, UNKNOWN_TAG } from '../support/openapi-payloads';
import { REPO_ROOT, writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';
import { workosModelSet } from '../support/workos-openapi';

const PACKAGE = 'com.workos.models';
const FOLDER = `java/${PACKAGE.split('.').join('/')}`;
/** The same document with `dateTime: OffsetDateTime`, compiled and driven beside it. */
const DATES_PACKAGE = 'com.workos.datedmodels';
const DRIVER = path.join(REPO_ROOT, 'test', 'targets', 'java', 'Driver.java');

const modelSet = workosModelSet();
const payloads = payloadsFor(modelSet);
const render = (options: Record<string, string>): RenderedFile[] => javaTarget.render({ ...modelSet, options, dir: 'java' }, new TemplateEngine());
const files = render({ package: PACKAGE });
const datedFiles = render({ package: DATES_PACKAGE, dateTime: 'OffsetDateTime' });
const javaName = (id: string) => typeName(([...modelSet.models, ...modelSet.unions].find((d) => d.id === id)?.bindings.find((b) => b.language === 'java')?.name) as string);

describe('java target on the WorkOS OpenAPI document', () => {
  test('renders one file per model, union and enum, and the package runtime', () => {
    expect(files).toHaveLength(modelSet.models.length + modelSet.unions.length + modelSet.enums.length + 3);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  test('EventSchema is one sealed interface with a record per event and Unknown', () => {
    const lines = (files.find((f) => f.path === `${FOLDER}/EventSchema.java`)?.contents ?? '').split('\n');
    expect(lines).toContain('public sealed interface EventSchema {');
    expect(lines.filter((l) => /^ {2}record \w+\(EventSchema\w+ value\) implements EventSchema \{$/.test(l))).toHaveLength(93);
    expect(lines).toContain('  record Unknown(JsonNode raw) implements EventSchema {');
    expect(lines).toContain('          ModelJson.tagged(ModelJson.model(() -> EventSchemaDsyncUserCreated.SHAPE), ModelJson.literal("dsync.user.created")),');
  });
});

interface DriverLine {
  readonly file: string;
  readonly written?: string;
  readonly stable?: boolean;
  readonly error?: string;
}

describeWithToolchain('java toolchain on the WorkOS OpenAPI document', ['javac', 'java'], () => {
  const lines = new Map<string, DriverLine>();

  const MODES = ['', ' (strict)', ' (OffsetDateTime)'];

  // One javac and one java process: every payload, read leniently and strictly, and with date-times as OffsetDateTime.
  beforeAll(() => {
    const all = [...files, ...datedFiles];
    const dir = writeTemp(all, 'modelgen-java-workos-');
    const classes = path.join(dir, 'classes');
    run('javac', ['-Xlint:all', '-Werror', '-cp', JACKSON, '-d', classes, ...all.map((f) => path.join(dir, f.path)), DRIVER]);
    const args = payloads.flatMap((p) => {
      const file = path.join(dir, `${p.name}.json`);
      fs.writeFileSync(file, JSON.stringify(p.json));
      const type = `${PACKAGE}.${javaName(p.modelId)}`;
      return [type, file, `strict:${type}`, file, `${DATES_PACKAGE}.${javaName(p.modelId)}`, file];
    });
    const out = run('java', ['-Xss8m', '-cp', [classes, JACKSON].join(path.delimiter), 'Driver', ...args]).trim().split('\n');
    out.forEach((line, i) => lines.set(`${payloads[Math.floor(i / MODES.length)].name}${MODES[i % MODES.length]}`, JSON.parse(line) as DriverLine));
  });

  test('every payload reads and writes back equal and reads back to an equal model: leniently, strictly, and with date-times as OffsetDateTime (their wire text exact)', () => {
    expect(payloads.length).toBeGreaterThan(900);
    expect(datedFiles.some((f) => f.contents.includes('    OffsetDateTime '))).toBe(true);
    const wrong = payloads.flatMap((p) =>
      MODES.map((mode) => `${p.name}${mode}`).flatMap((name) => {
        const line = lines.get(name);
        const written = line?.written === undefined ? undefined : (JSON.parse(line.written) as unknown);
        return JSON.stringify(written) === JSON.stringify(p.json) && line?.stable ? [] : [{ name, error: line?.error, written, expected: p.json }];
      }),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  test('an event no variant lists reads as EventSchema.Unknown and writes back unchanged', () => {
    const unknown = payloads.find((p) => p.modelId === 'event_schema' && JSON.stringify(p.json).includes(UNKNOWN_TAG));
    expect(unknown).toBeDefined();
    expect(JSON.parse(lines.get(unknown?.name ?? '')?.written ?? 'null')).toEqual(unknown?.json);
  });
});
