/**
 * The .NET target on the hand-built OpenAPI shapes (test/support/openapi-shapes.ts):
 * named enums, unions of every kind, `const` of every scalar kind, formats,
 * deprecation, read/write-only and examples. Compiled with `mcs -warnaserror`
 * (XML docs checked), every payload read and written back equal, leniently
 * and strictly, with date-time as string and as DateTimeOffset.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TemplateEngine } from '../../src/render/template-engine';
import { dotnetTarget } from '../../src/targets/dotnet';
import { RenderedFile } from '../../src/targets/target';
import { SHAPES, SHAPES_PAYLOADS } from '../support/openapi-shapes';
import { shapesInTwoAreas, SHAPES_STRICT_FAILURES } from '../support/openapi-strict-cases';
import { buildDotnetDriver } from '../support/drivers';
import { writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';

const NAMESPACE = 'Modelgen.Shapes';
/** Date-times as DateTimeOffset, and every union and enum deprecated. */
const DATES_NAMESPACE = 'Modelgen.ShapesDates';

/** SHAPES with every union and enum deprecated too: the code naming them must still compile with -warnaserror. */
const DEPRECATED = { ...SHAPES, unions: SHAPES.unions.map((u) => ({ ...u, deprecated: true })), enums: SHAPES.enums.map((e) => ({ ...e, deprecated: true })) };
const render = (options: Record<string, string>, set = SHAPES): RenderedFile[] => dotnetTarget.render({ ...set, options, dir: 'dotnet' }, new TemplateEngine());
const lines = (files: readonly RenderedFile[], name: string) => (files.find((f) => path.basename(f.path) === `${name}.cs`)?.contents ?? '').split('\n');
const className = (modelId: string) => ({ widget: 'Widget', gadget: 'Gadget', shape_holder: 'ShapeHolder' })[modelId] as string;

describe('dotnet target on the OpenAPI shapes', () => {
  const files = render({ namespace: NAMESPACE, folder: 'Shapes' });

  test('renders a file per class, union and named enum (with its converter), beside the namespace runtime', () => {
    expect(files.map((f) => path.basename(f.path, '.cs')).sort()).toEqual([
      'Gadget', 'ModelJson', 'ModelValidationException', 'ResourceByExternalId', 'ResourceById', 'ResourceTarget', 'ScalarValue', 'ShapeEvent',
      'ShapeEventWidgetCreated', 'ShapeEventWidgetDeleted', 'ShapeHolder', 'TokenState', 'TokenStateActive', 'TokenStateInactive', 'Widget', 'WidgetStatus', 'WidgetStatusConverter',
    ]);
  });

  test.each([
    ['Widget', 'a boolean const', '        public bool Enabled => true;'],
    ['Widget', 'a number const', '        public long Version => 2L;'],
    ['Widget', 'written as a number', '            writer.Literal("version", 2L);'],
    ['Widget', 'checked as a number', '            .Field("version", true, global::Modelgen.Shapes.ModelJson.Literal(2L))'],
    ['Widget', 'int64 as long', '        public long SizeBytes { get; set; }'],
    ['Widget', 'a named enum', '        public WidgetStatus Status { get; set; }'],
    ['Widget', 'a deprecated member', '        [global::System.Obsolete("The API marks this deprecated.")]'],
    ['Widget', 'its own uses of it silenced', '#pragma warning disable 612, 618'],
    ['Widget', 'its format', '        /// Format: date-time.'],
    ['Widget', 'read-only', '        /// Read-only: the API sends it and ignores it in requests.'],
    ['Widget', 'write-only', '        /// Write-only: the API accepts it and never sends it.'],
    ['Widget', 'an example', '        /// Example: "widget_01H"'],
    ['Gadget', 'a deprecated class', '    [global::System.Obsolete("The API marks this deprecated.")]'],
    ['ShapeHolder', 'a union property', '        public ShapeEvent Event { get; set; }'],
    ['ShapeHolder', 'a list of unions', '        public List<ShapeEvent> Events { get; set; }'],
    ['ShapeHolder', 'checked by its union shape', '            .Field("event", true, global::Modelgen.Shapes.ModelJson.Union(() => global::Modelgen.Shapes.ShapeEvent.WireShape))'],
    ['ShapeEvent', 'an abstract class', '    public abstract class ShapeEvent : global::Modelgen.Shapes.ModelJson.IUnion'],
    ['ShapeEvent', 'dispatched on its discriminator', '        internal static readonly global::Modelgen.Shapes.ModelJson.UnionShape WireShape = new global::Modelgen.Shapes.ModelJson.UnionShape("event")'],
    ['ShapeEvent', 'a class per variant', '        public sealed class WidgetCreated : ShapeEvent'],
    ['ShapeEvent', 'the Unknown variant', '        public sealed class Unknown : ShapeEvent'],
    ['TokenState', 'boolean tags', '            .Tagged(global::Modelgen.Shapes.ModelJson.Model(() => global::Modelgen.Shapes.TokenStateActive.WireShape), global::Modelgen.Shapes.ModelJson.Literal(true))'],
    ['ScalarValue', 'scalar variants', '        public sealed class NumberValue : ScalarValue'],
    ['ResourceTarget', 'object variants by their required keys', '            .Keyed(global::Modelgen.Shapes.ModelJson.Model(() => global::Modelgen.Shapes.ResourceById.WireShape), "resource_id")'],
    ['WidgetStatus', 'an expandable enum', '    public sealed class WidgetStatus : global::System.IEquatable<WidgetStatus>'],
    ['WidgetStatus', 'its description', '    /// Where a widget is in its life.'],
  ])('%s: %s', (name, _what, line) => {
    expect(lines(files, name)).toContain(line);
  });

  test('with the dateTime option, a date-time is a DateTimeOffset; the option takes string and DateTimeOffset only', () => {
    const dated = render({ namespace: NAMESPACE, dateTime: 'DateTimeOffset' });
    expect(lines(dated, 'Widget')).toContain('        public global::System.DateTimeOffset CreatedAt { get; set; }');
    expect(lines(files, 'Gadget')).not.toContain('#pragma warning disable 612, 618');
    expect(lines(files, 'ShapeHolder')).not.toContain('#pragma warning disable 612, 618');
    const deprecated = render({ namespace: NAMESPACE }, DEPRECATED);
    expect(lines(deprecated, 'ShapeHolder')).toContain('#pragma warning disable 612, 618');
    expect(lines(deprecated, 'ShapeEvent')).toContain('    [global::System.Obsolete("The API marks this deprecated.")]');
    expect(lines(deprecated, 'WidgetStatusConverter')).toContain('#pragma warning disable 612, 618');
    const option = dotnetTarget.options.find((o) => o.key === 'dateTime');
    expect([option?.validate?.('string'), option?.validate?.('DateTimeOffset'), option?.validate?.('DateTime')]).toEqual([undefined, undefined, 'must be `string` or `DateTimeOffset`']);
  });
});

interface DriverLine {
  readonly json?: unknown;
  readonly error?: string;
}

describeWithToolchain('dotnet toolchain on the OpenAPI shapes', ['mcs', 'mono', 'pkg-config'], () => {
  let dir: string;
  let exe: string;
  /** One driver process over payloads written to files, in one namespace; `strict` reads them with FromJsonStrict. */
  const drive = (strict: boolean, namespace: string, pairs: readonly (readonly [string, unknown])[]): DriverLine[] => {
    const args = pairs.map(([modelId, payload], i) => {
      const file = path.join(dir, `${namespace}_${strict}_${i}.json`);
      fs.writeFileSync(file, JSON.stringify(payload));
      return `${strict ? 'strict:' : ''}${namespace}.${className(modelId)}=${file}`;
    });
    return run('mono', [exe, ...args]).trim().split('\n').map((l) => JSON.parse(l) as DriverLine);
  };
  const payloads = SHAPES_PAYLOADS.map((p) => [p.modelId, p.json] as const);

  beforeAll(() => {
    dir = writeTemp([...render({ namespace: NAMESPACE, folder: 'Shapes' }), ...render({ namespace: DATES_NAMESPACE, folder: 'ShapesDates', dateTime: 'DateTimeOffset' }, DEPRECATED), ...render({ namespace: 'Modelgen.Areas.{area}', folder: 'Areas/{area}' }, shapesInTwoAreas())], 'modelgen-dotnet-shapes-');
    exe = buildDotnetDriver(dir);
  });

  test('with DateTimeOffset, a date-time read writes back its wire text, and one assigned in code the ISO form', () => {
    const [read] = drive(false, DATES_NAMESPACE, [['widget', SHAPES_PAYLOADS[0].json]]);
    expect((read.json as Record<string, unknown>).created_at).toBe('2024-01-02T03:04:05.000Z');
    const file = path.join(dir, 'widget-full.json');
    fs.writeFileSync(file, JSON.stringify(SHAPES_PAYLOADS[0].json));
    const [assigned] = run('mono', [exe, `set:${DATES_NAMESPACE}.Widget=${file}`]).trim().split('\n').map((l) => JSON.parse(l) as DriverLine);
    expect((assigned.json as Record<string, unknown>).created_at).toBe('2024-01-02T03:04:00+00:00');
  });

  test.each([
    ['lenient', false, NAMESPACE],
    ['strict', true, NAMESPACE],
    ['lenient, date-time as DateTimeOffset', false, DATES_NAMESPACE],
    ['strict, date-time as DateTimeOffset', true, DATES_NAMESPACE],
    ['lenient, unions in another namespace', false, 'Modelgen.Areas.Shapes'],
    ['strict, unions in another namespace', true, 'Modelgen.Areas.Shapes'],
  ])('every payload reads and writes back equal (%s), unknown variants kept raw', (_how, strict, namespace) => {
    const out = drive(strict, namespace, payloads);
    expect(out.map((l) => ({ json: l.json, error: l.error }))).toEqual(SHAPES_PAYLOADS.map((p) => ({ json: p.json, error: undefined })));
  });

  test('strict reading fails inside a union variant, on a value no variant kind takes, and on a non-object for a discriminated union', () => {
    const out = drive(true, NAMESPACE, SHAPES_STRICT_FAILURES.map((c) => [c.modelId, c.json] as const));
    expect(out.map((l) => l.error)).toEqual(SHAPES_STRICT_FAILURES.map((c) => c.error));
  });

  test('with DateTimeOffset, a date-time that does not parse is kept as sent, leniently and strictly', () => {
    const widget = { ...(SHAPES_PAYLOADS[1].json as Record<string, unknown>), created_at: '2024-01-02 03:04 nonsense' };
    const out = [...drive(false, DATES_NAMESPACE, [['widget', widget]]), ...drive(true, DATES_NAMESPACE, [['widget', widget]])];
    expect(out.map((l) => l.json)).toEqual([widget, widget]);
  });
});
