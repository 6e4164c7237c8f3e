/**
 * The Java target on the hand-built OpenAPI shapes (test/support/openapi-shapes.ts):
 * named enums, unions of every kind, `const` of every scalar kind, formats,
 * deprecation, read/write-only and examples. Compiled with `javac -Xlint:all
 * -Werror`, every payload read and written back equal, leniently and strictly,
 * with date-time as String and as OffsetDateTime.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TemplateEngine } from '../../src/render/template-engine';
import { javaTarget } from '../../src/targets/java';
import { RenderedFile } from '../../src/targets/target';
import { SHAPES, SHAPES_PAYLOADS } from '../support/openapi-shapes';
import { shapesInTwoAreas, SHAPES_STRICT_FAILURES } from '../support/openapi-strict-cases';
import { JACKSON } from '../support/drivers';
import { REPO_ROOT, writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';

const PACKAGE = 'modelgen.shapes';
/** Date-times as OffsetDateTime, and every union and enum deprecated. */
const DATES_PACKAGE = 'modelgen.shapes.dates';
const FOLDER = `java/${PACKAGE.split('.').join('/')}`;
/** SHAPES over two packages (`shapes`, `events`), naming each other's types. */
const AREAS_PACKAGE = 'modelgen.areas.{area}';
const DRIVER = path.join(REPO_ROOT, 'test', 'targets', 'java', 'Driver.java');

/** SHAPES with every union and enum deprecated too: the code naming them must still compile with -Werror. */
const DEPRECATED = { ...SHAPES, unions: SHAPES.unions.map((u) => ({ ...u, deprecated: true })), enums: SHAPES.enums.map((e) => ({ ...e, deprecated: true })) };
const render = (options: Record<string, string>, set = SHAPES): RenderedFile[] => javaTarget.render({ ...set, options, dir: 'java' }, new TemplateEngine());
const lines = (files: readonly RenderedFile[], name: string) => (files.find((f) => f.path === `${FOLDER}/${name}.java`)?.contents ?? '').split('\n');
const className = (modelId: string) => ({ widget: 'Widget', gadget: 'Gadget', shape_holder: 'ShapeHolder' })[modelId] as string;

describe('java target on the OpenAPI shapes', () => {
  const files = render({ package: PACKAGE });

  test('renders a file per record, union and named enum, beside the package runtime', () => {
    expect(files.map((f) => path.basename(f.path, '.java')).sort()).toEqual([
      'Gadget', 'JsonNullable', 'ModelJson', 'ModelValidationException', 'ResourceByExternalId', 'ResourceById', 'ResourceTarget', 'ScalarValue',
      'ShapeEvent', 'ShapeEventWidgetCreated', 'ShapeEventWidgetDeleted', 'ShapeHolder', 'TokenState', 'TokenStateActive', 'TokenStateInactive', 'Widget', 'WidgetStatus',
    ]);
  });

  test.each([
    ['Widget', 'a boolean const', '  public boolean enabled() {'],
    ['Widget', 'its value', '    return true;'],
    ['Widget', 'a number const', '  public long version() {'],
    ['Widget', 'written as a number', '        .literal("version", 2L)'],
    ['Widget', 'checked as a number', '          ModelJson.field("version", true, ModelJson.literal(2L)),'],
    ['Widget', 'int64 as long', '    long sizeBytes,'],
    ['Widget', 'a named enum', '    WidgetStatus status,'],
    ['Widget', 'a deprecated member', '  public JsonNullable<String> legacyCode() {'],
    ['Widget', 'its format', ' *     Format: date-time.'],
    ['Widget', 'read-only', ' *     Read-only: the API sends it and ignores it in requests.'],
    ['Widget', 'write-only', ' *     Write-only: the API accepts it and never sends it.'],
    ['Widget', 'an example', ' *     Example: "widget_01H"'],
    ['Widget', 'the deprecated member says so', ' *     Deprecated: the API marks this deprecated.'],
    ['Gadget', 'a deprecated record', '@Deprecated'],
    ['Gadget', 'its Javadoc tag', ' * @deprecated The API marks this deprecated.'],
    ['ShapeHolder', 'a union component', '    ShapeEvent event,'],
    ['ShapeHolder', 'a list of unions', '    List<ShapeEvent> events,'],
    ['ShapeHolder', 'a map of unions, optional', '    Map<String, ScalarValue> values,'],
    ['ShapeHolder', 'checked by its union shape', '          ModelJson.field("event", true, ModelJson.union(() -> ShapeEvent.SHAPE)),'],
    ['ShapeHolder', 'an enum checked as a string', '          ModelJson.field("statuses", false, ModelJson.list(ModelJson.STRING)));'],
    ['ShapeEvent', 'a sealed interface', 'public sealed interface ShapeEvent {'],
    ['ShapeEvent', 'dispatched on its discriminator', '      ModelJson.discriminated('],
    ['ShapeEvent', 'a tag per variant', '          ModelJson.tagged(ModelJson.model(() -> ShapeEventWidgetCreated.SHAPE), ModelJson.literal("widget.created")),'],
    ['ShapeEvent', 'a wrapper per variant', '  record WidgetCreated(ShapeEventWidgetCreated value) implements ShapeEvent {'],
    ['ShapeEvent', 'the Unknown variant', '  record Unknown(JsonNode raw) implements ShapeEvent {'],
    ['TokenState', 'boolean tags', '          ModelJson.tagged(ModelJson.model(() -> TokenStateActive.SHAPE), ModelJson.literal(true)),'],
    ['ScalarValue', 'scalar variants', '  record StringValue(String value) implements ScalarValue {'],
    ['ScalarValue', 'read directly', '      case 1 -> new NumberValue(node.doubleValue());'],
    ['ResourceTarget', 'object variants by their required keys', '          ModelJson.keyed(ModelJson.model(() -> ResourceByExternalId.SHAPE), "resource_external_id", "resource_type_slug"));'],
    ['WidgetStatus', 'an expandable enum', 'public final class WidgetStatus {'],
    ['WidgetStatus', 'its description', '/** Where a widget is in its life. */'],
  ])('%s: %s', (name, _what, line) => {
    expect(lines(files, name)).toContain(line);
  });

  test('code naming a deprecated record, union or enum suppresses the warning javac -Werror would fail on', () => {
    const widget = render({ package: PACKAGE, dateTime: 'OffsetDateTime' }, DEPRECATED);
    expect(lines(files, 'Gadget')).not.toContain('@SuppressWarnings("deprecation")');
    expect(lines(files, 'ShapeHolder')).not.toContain('@SuppressWarnings("deprecation")');
    expect(lines(widget, 'ShapeHolder')).toContain('@SuppressWarnings("deprecation")');
    expect(lines(widget, 'ShapeEvent')).toContain('@Deprecated');
    expect(lines(widget, 'WidgetStatus')).toContain('@Deprecated');
    expect(lines(widget, 'Widget')).toContain('    OffsetDateTime createdAt,');
    expect(lines(widget, 'Widget')).toContain('import java.time.OffsetDateTime;');
  });

  test('the dateTime option accepts String and OffsetDateTime only', () => {
    const option = javaTarget.options.find((o) => o.key === 'dateTime');
    expect([option?.validate?.('String'), option?.validate?.('OffsetDateTime'), option?.validate?.('Instant')]).toEqual([undefined, undefined, 'must be `String` or `OffsetDateTime`']);
  });
});

/** Reads a widget whose created_at has a `.000` fraction, writes it, then writes it with created_at replaced in code. */
const DATE_TIME_CHECK = `import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import ${DATES_PACKAGE}.Widget;

public final class DateTimeCheck {
  private DateTimeCheck() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Widget w = mapper.readValue(${JSON.stringify(JSON.stringify(SHAPES_PAYLOADS[0].json))}, Widget.class);
    System.out.println(mapper.readTree(mapper.writeValueAsString(w)).get("created_at").textValue());
    OffsetDateTime other = OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC);
    @SuppressWarnings("deprecation")
    Widget changed = new Widget(w.id(), w.status(), other, w.sizeBytes(), w.ratio(), w.labels(), w.counters(), w.legacyCode(), w.secret(), w.extra(), w.contactEmail(), w.homepage(), w.birthday(), w.rawFields());
    System.out.println(mapper.readTree(mapper.writeValueAsString(changed)).get("created_at").textValue());
  }
}
`;

interface DriverLine {
  readonly file: string;
  readonly written?: string;
  readonly stable?: boolean;
  readonly error?: string;
}

describeWithToolchain('java toolchain on the OpenAPI shapes', ['javac', 'java'], () => {
  let dir: string;
  let classpath: string;
  /** One `java Driver` over payloads written to files, in one package; `-strict` reads them with fromJsonStrict. */
  const drive = (flags: string[], packageName: string, pairs: readonly (readonly [string, unknown])[]): DriverLine[] => {
    const args = pairs.flatMap(([modelId, payload], i) => {
      const file = path.join(dir, `${packageName}_${flags.join('')}_${i}.json`);
      fs.writeFileSync(file, JSON.stringify(payload));
      return [`${packageName}.${className(modelId)}`, file];
    });
    return run('java', ['-cp', classpath, 'Driver', ...flags, ...args]).trim().split('\n').map((l) => JSON.parse(l) as DriverLine);
  };
  const payloads = SHAPES_PAYLOADS.map((p) => [p.modelId, p.json] as const);

  beforeAll(() => {
    const all = [...render({ package: PACKAGE }), ...render({ package: DATES_PACKAGE, dateTime: 'OffsetDateTime' }, DEPRECATED), ...render({ package: AREAS_PACKAGE }, shapesInTwoAreas())];
    dir = writeTemp(all, 'modelgen-java-shapes-');
    const classes = path.join(dir, 'classes');
    classpath = [classes, JACKSON].join(path.delimiter);
    fs.writeFileSync(path.join(dir, 'DateTimeCheck.java'), DATE_TIME_CHECK);
    run('javac', ['-Xlint:all', '-Werror', '-cp', JACKSON, '-d', classes, ...all.map((f) => path.join(dir, f.path)), DRIVER, path.join(dir, 'DateTimeCheck.java')]);
  });

  test('with OffsetDateTime, a date-time read writes back its wire text, and one assigned in code the ISO form', () => {
    expect(run('java', ['-cp', classpath, 'DateTimeCheck']).trim().split('\n')).toEqual(['2024-01-02T03:04:05.000Z', '2024-01-02T03:04:00Z']);
  });

  test.each([
    ['lenient', [], PACKAGE],
    ['strict', ['-strict'], PACKAGE],
    ['lenient, date-time as OffsetDateTime', [], DATES_PACKAGE],
    ['strict, date-time as OffsetDateTime', ['-strict'], DATES_PACKAGE],
    ['lenient, unions in another package', [], 'modelgen.areas.shapes'],
    ['strict, unions in another package', ['-strict'], 'modelgen.areas.shapes'],
  ])('every payload reads and writes back equal (%s), unknown variants kept raw', (_how, flags, packageName) => {
    const out = drive(flags, packageName, payloads);
    expect(out.map((l) => ({ json: JSON.parse(l.written ?? 'null') as unknown, stable: l.stable, error: l.error }))).toEqual(SHAPES_PAYLOADS.map((p) => ({ json: p.json, stable: true, error: undefined })));
  });

  test('strict reading fails inside a union variant, on a value no variant kind takes, and on a non-object for a discriminated union', () => {
    const out = drive(['-strict'], PACKAGE, SHAPES_STRICT_FAILURES.map((c) => [c.modelId, c.json] as const));
    expect(out.map((l) => l.error)).toEqual(SHAPES_STRICT_FAILURES.map((c) => c.error));
  });

  test('with OffsetDateTime, a date-time that does not parse is kept as sent, leniently and strictly', () => {
    const widget = { ...(SHAPES_PAYLOADS[1].json as Record<string, unknown>), created_at: '2024-01-02 03:04' };
    const out = [...drive([], DATES_PACKAGE, [['widget', widget]]), ...drive(['-strict'], DATES_PACKAGE, [['widget', widget]])];
    expect(out.map((l) => JSON.parse(l.written ?? 'null') as unknown)).toEqual([widget, widget]);
  });
});
