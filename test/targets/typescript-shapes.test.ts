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

const payload = (name: string) => structuredClone(SHAPES_PAYLOADS.find((p) => p.name === name)!.json) as Record<string, unknown>;

describe('typescript unions read into their variants, or into an Unknown variant that keeps the JSON', () => {
  test('discriminated by a string const, by a boolean const, and by required keys; scalars by JSON kind', () => {
    const sdk = sdks().string;
    const holder = sdk.deserializeShapeHolder(payload('holder-variants')) as Record<string, unknown> & { event: { data: Record<string, unknown> }; events: unknown[]; values: Record<string, unknown> };
    expect(holder.event.data).toMatchObject({ object: 'widget', createdAt: 'x', sizeBytes: 1 });
    expect(holder.events[0]).toStrictEqual({ id: 'e2', event: 'widget.deleted', data: { id: 'w' } });
    expect(holder.events[1]).toBeInstanceOf(sdk.UnknownVariant);
    expect((holder.events[1] as { json: unknown }).json).toStrictEqual({ id: 'e3', event: 'widget.exploded', data: { shrapnel: [1, 2] }, extra: true });
    expect(holder.token).toStrictEqual({ active: false, error: 'not_installed' });
    expect(holder.target).toStrictEqual({ resourceExternalId: 'x', resourceTypeSlug: 'doc' });
    expect(holder.values).toStrictEqual({ n: 1.5, b: false, s: 's' });
    expect(holder.statuses).toStrictEqual(['active', 'unheard_of']);
  });

  test('an unknown discriminator value, a missing one and an object no variant takes are Unknown, written back as they came', () => {
    const sdk = sdks().string;
    const wire = payload('holder-nulls-and-unknowns');
    const holder = sdk.deserializeShapeHolder(wire) as Record<string, { json: unknown }>;
    for (const key of ['event', 'target']) {
      expect(holder[key]).toBeInstanceOf(sdk.UnknownVariant);
      expect(holder[key].json).toBe(wire[key]);
    }
    expect(sdk.deserializeShapeEvent({ id: 'e', data: {} })).toBeInstanceOf(sdk.UnknownVariant);
    expect(sdk.deserializeTokenState({ active: 'yes' })).toBeInstanceOf(sdk.UnknownVariant);
    for (const odd of [null, 'text', [1], { active: null }]) expect(sdk.serializeTokenState(sdk.deserializeTokenState(odd))).toStrictEqual(odd);
    for (const odd of [null, { a: 1 }, [true]]) expect(sdk.serializeScalarValue(sdk.deserializeScalarValue(odd))).toStrictEqual(odd);
  });

  test('the first object variant in order whose required keys are all present is taken', () => {
    const sdk = sdks().string;
    const both = { resource_id: 'r', resource_external_id: 'x', resource_type_slug: 'doc' };
    expect(sdk.deserializeResourceTarget(both)).toStrictEqual({ resourceId: 'r' });
    expect(sdk.deserializeResourceTarget({ resource_external_id: 'x' })).toBeInstanceOf(sdk.UnknownVariant);
  });
});

describe('typescript strict reading of unions, enums and consts', () => {
  const strictError = (reader: string, json: unknown): string => {
    const sdk = sdks().string;
    try {
      sdk[reader](json);
    } catch (error) {
      expect(error).toBeInstanceOf(sdk.ModelValidationError);
      return (error as Error).message;
    }
    throw new Error(`${reader} accepted ${JSON.stringify(json)}`);
  };
  const holder = (change: Record<string, unknown>) => ({ ...payload('holder-other-variants'), ...change });

  test.each<[string, string, unknown, string]>([
    ['a discriminated union given a string', 'deserializeShapeHolderStrict', holder({ event: 'widget.created' }), 'ShapeHolder: event: expected object, found string'],
    ['a known variant that breaks its model', 'deserializeShapeHolderStrict', holder({ event: { id: 5, event: 'widget.deleted', data: {} } }), 'ShapeHolder: event.id: expected string, found number'],
    ['a variant in a list, deep', 'deserializeShapeHolderStrict', holder({ events: [{ id: 'e', event: 'widget.created', data: { ...payload('widget-full'), labels: { a: 1 } } }] }), 'ShapeHolder: events[0].data.labels.a: expected string, found number'],
    ['a boolean-discriminated variant lacking a key', 'deserializeShapeHolderStrict', holder({ token: { active: true } }), 'ShapeHolder: token.access_token: expected string, found missing'],
    ['an object variant taken by its keys, with a value of another kind', 'deserializeShapeHolderStrict', holder({ target: { resource_id: 5 } }), 'ShapeHolder: target.resource_id: expected string, found number'],
    ['a named enum given a number', 'deserializeShapeHolderStrict', holder({ statuses: ['active', 3] }), 'ShapeHolder: statuses[1]: expected string, found number'],
    ['a union read at the top, given a list', 'deserializeShapeEventStrict', [], 'ShapeEvent: $: expected object, found array'],
    ['a boolean const', 'deserializeWidgetStrict', { ...payload('widget-full'), enabled: false }, 'Widget: enabled: expected true, found boolean'],
    ['a number const', 'deserializeWidgetStrict', { ...payload('widget-full'), version: '2' }, 'Widget: version: expected 2, found string'],
  ])('%s', (_, reader, json, message) => {
    expect(strictError(reader, json)).toBe(message);
  });

  test('what the IR allows passes: unknown discriminator values, objects and scalars no variant takes, unknown enum values', () => {
    const sdk = sdks().string;
    for (const json of [holder({ event: { event: 'never.seen' } }), holder({ target: {} }), holder({ value: null }), holder({ statuses: ['unheard_of'] })]) {
      expect(sdk.serializeShapeHolder(sdk.deserializeShapeHolderStrict(json))).toStrictEqual(json);
    }
  });
});

describe('typescript dateTime: Date', () => {
  const widget = (createdAt: unknown) => ({ ...payload('widget-full'), created_at: createdAt });

  test('types date-time members as Date in the SDK and string on the wire; date and other formats stay strings', () => {
    expect(file('Date', 'widget.ts')).toContain('  createdAt: Date;\n');
    expect(file('Date', 'widget.ts')).toContain('  created_at: string;\n');
    expect(file('Date', 'widget.ts')).toContain('  birthday?: string;\n');
    expect(file('string', 'widget.ts')).toContain('  createdAt: string;\n');
    expect(file('string', '_runtime.ts')).not.toContain('WireDate');
  });

  test.each(['2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05Z', '2024-01-02T05:04:05.123456789+02:00', '2024-01-02t03:04:05z', 'not a timestamp'])('reads %s into a Date and writes back the exact text', (text) => {
    const sdk = sdks().Date;
    const read = sdk.deserializeWidget(widget(text)) as { createdAt: Date };
    expect(read.createdAt).toBeInstanceOf(Date);
    expect(sdk.serializeWidget(read)).toStrictEqual(widget(text));
  });

  test('a Date changed since it was read, or built in code, is written in the ISO form; a value of another kind is kept as it came', () => {
    const sdk = sdks().Date;
    const read = sdk.deserializeWidget(widget('2024-01-02T03:04:05Z')) as { createdAt: Date };
    expect(read.createdAt.toISOString()).toBe('2024-01-02T03:04:05.000Z');
    read.createdAt.setUTCFullYear(2030);
    expect((sdk.serializeWidget(read) as { created_at: string }).created_at).toBe('2030-01-02T03:04:05.000Z');
    expect((sdk.serializeWidget({ ...read, createdAt: new Date(Date.UTC(2001, 1, 3)) }) as { created_at: string }).created_at).toBe('2001-02-03T00:00:00.000Z');
    expect(sdk.serializeWidget(sdk.deserializeWidget(widget(17)))).toStrictEqual(widget(17));
  });
});

describe('typescript doc comments of the OpenAPI shapes', () => {
  test('@deprecated on a model and a member, and on nothing else', () => {
    expect(file('string', 'gadget.ts')).toContain('/**\n * Superseded by widgets.\n *\n * @deprecated\n */\nexport interface Gadget {\n');
    expect(file('string', 'widget.ts')).toContain('  /**\n   * Use `status` instead.\n   *\n   * @deprecated\n   */\n  legacyCode?: string | null;\n');
    const deprecated = all.files!.string.filter((f) => f.contents.includes('@deprecated')).map((f) => f.path);
    expect(deprecated).toEqual(['typescript/widget.ts', 'typescript/gadget.ts']);
    expect(file('string', 'widget.ts').match(/@deprecated/g)).toHaveLength(1);
  });

  test('formats, read-only, write-only and examples', () => {
    const widget = file('string', 'widget.ts');
    for (const text of [
      '   * Read-only: sent by the API, never accepted.\n   *\n   * @example "widget_01H"\n   */\n  id: string;\n',
      '   * Format: date-time.\n',
      '   * Format: int64 (a JavaScript number is exact up to 2^53).\n',
      '  /** Write-only: accepted by the API, never sent. */\n  secret?: string;\n',
      '  /** Format: email. */\n  contactEmail?: string;\n',
      ' * @example {"object":"widget","id":"widget_01H"}\n',
    ]) {
      expect(widget).toContain(text);
    }
  });

  test('consts of every scalar kind are literal types; a named enum is open in the SDK and exact on the wire', () => {
    const widget = file('string', 'widget.ts');
    for (const line of ['  object: "widget";', '  enabled: true;', '  version: 2;', '  status: WidgetStatus;', '  status: WidgetStatusResponse;']) expect(widget.split('\n')).toContain(line);
    expect(file('string', 'widget-status.ts')).toContain('export type WidgetStatus = "active" | "retired" | "in_review" | (string & {});\n');
    expect(file('string', 'widget-status.ts')).toContain('export type WidgetStatusResponse = "active" | "retired" | "in_review";\n');
  });
});
