/**
 * The Go target on what OpenAPI contracts add (test/support/openapi-shapes.ts):
 * unions, named enums, `const` of every scalar kind, formats, deprecation,
 * read/write-only and examples, and the `dateTime` option. Rendered text
 * first, then the real toolchain: gofmt, go vet, and every payload read
 * and written back, leniently and strictly.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TemplateEngine } from '../../src/render/template-engine';
import { goTarget } from '../../src/targets/go';
import { RenderedFile } from '../../src/targets/target';
import { goDriverSource, goEnv, GO_MODULE } from '../support/drivers';
import { BY_EXTERNAL, BY_ID, SCALAR, SHAPES, SHAPES_PAYLOADS, WIDGET } from '../support/openapi-shapes';
import { EXAMPLE_LIMIT } from '../../src/targets/go/doc-notes';
import { ModelSet, UnionModel } from '../../src/ir/model';
import { areaFromName } from '../../src/ir/area';
import { describeWithToolchain, run } from '../support/toolchain';

/** A union whose names clash with what Go declares: the package's ValidationError, the union's own methods and Unknown field. */
const CLASHING: UnionModel = {
  ...SCALAR,
  id: 'validation_error',
  bindings: SCALAR.bindings.map((b) => ({
    ...b,
    name: 'ValidationError',
    variants: b.variants.map((v, i) => ({ ...v, id: ['unknown', 'marshal_json', 'unmarshal_json'][i] })),
  })),
};

/** SHAPES and a union one of whose variants is a date-time, for the `dateTime: time.Time` build. */
const STAMP: UnionModel = {
  ...SCALAR,
  id: 'stamp_value',
  bindings: SCALAR.bindings.map((b) => ({ ...b, name: 'StampValue', variants: [{ id: 'at', type: { kind: 'string', format: 'date-time' }, tags: [], requiredKeys: [] }, { id: 'count', type: { kind: 'number' }, tags: [], requiredKeys: [] }] })),
};
const TIMED: ModelSet = { ...SHAPES, unions: [...SHAPES.unions, STAMP] };

/**
 * SHAPES with the resource models in an area of their own, so the union
 * `ResourceTarget` names types of another package, and with a union whose
 * names clash.
 */
const SPLIT: ModelSet = {
  ...SHAPES,
  models: SHAPES.models.map((m) => ([BY_ID.id, BY_EXTERNAL.id].includes(m.id) ? { ...m, area: areaFromName('resources', 'config') } : m)),
  unions: [...SHAPES.unions, CLASHING],
};

const render = (dateTime = 'string', set: ModelSet = SHAPES): RenderedFile[] => goTarget.render({ ...set, options: { package: '', dateTime, module: GO_MODULE }, dir: 'go' }, new TemplateEngine());

function file(files: readonly RenderedFile[], stem: string): string {
  const found = files.find((f) => f.path === `go/shapes/${stem}.go`);
  if (!found) throw new Error(`no ${stem}.go among ${files.map((f) => f.path).join(', ')}`);
  return found.contents;
}

describe('go rendering of the OpenAPI shapes', () => {
  const files = render();

  test('a union, a named enum and a model each get their own file', () => {
    expect(files.map((f) => f.path)).toEqual(
      ['modelgen_types', 'widget', 'gadget', 'shape_event_widget_created', 'shape_event_widget_deleted', 'token_state_active', 'token_state_inactive', 'resource_by_id', 'resource_by_external_id', 'shape_holder', 'shape_event', 'token_state', 'scalar_value', 'resource_target', 'widget_status'].map((s) => `go/shapes/${s}.go`),
    );
  });

  test('a discriminated union is a struct with a pointer per variant and Unknown, each documented with what selects it', () => {
    const union = file(files, 'shape_event');
    expect(union).toContain('\nimport (\n\t"encoding/json"\n)\n');
    expect(union).toContain('// ShapeEvent is something that happened to a widget.\n//\n// Reading sets the field its `event` names. A value whose `event` this package does not list, or that has none, is kept in Unknown, and writing gives it back unchanged.\n// Set exactly one field to write a value.\ntype ShapeEvent struct {\n');
    expect(union).toContain('\t// WidgetCreated is set when event is "widget.created".\n\tWidgetCreated *ShapeEventWidgetCreated\n');
    expect(union).toContain('\t// Unknown is the JSON of a value no field above takes, as read.\n\tUnknown json.RawMessage\n}');
    expect(union).toContain('\t\tu.WidgetDeleted, err = modelgenReadAs[ShapeEventWidgetDeleted](data)\n');
    expect(union).toContain('\treturn modelgenUnion{"event", "string", []modelgenVariant{\n\t\t{[]interface{}{"widget.created"}, nil, modelgenModelOf(modelgenShapeOfShapeEventWidgetCreated)},\n');
    expect(union).toContain('func UnmarshalShapeEventStrict(data []byte) (ShapeEvent, error) {');
    expect(file(files, 'token_state')).toContain('\t\t{[]interface{}{false}, nil, modelgenModelOf(modelgenShapeOfTokenStateInactive)},\n');
  });

  test('undiscriminated unions say what each variant takes, in the order reading tries them', () => {
    const scalar = file(files, 'scalar_value');
    expect(scalar).toContain('\t// String is set when the value is a string.\n\tString *string\n');
    expect(scalar).toContain('\t// Number is set when the value is a number.\n\tNumber *float64\n');
    expect(scalar).toContain('\t// Boolean is set when the value is a boolean.\n\tBoolean *bool\n');
    expect(scalar).toContain('\treturn modelgenUnion{"", "", []modelgenVariant{\n\t\t{nil, nil, modelgenKind("string")},\n');
    const target = file(files, 'resource_target');
    expect(target).toContain('\t// ByExternalID is set when the value is an object with resource_external_id, resource_type_slug.\n\tByExternalID *ResourceByExternalID\n');
    expect(target).toContain('// ResourceTarget holds one of several kinds of value.\n//\n// Reading sets the first field, in this order, that takes the value. A value none takes is kept in Unknown, and writing gives it back unchanged.\n');
    expect(target).toContain('\t\t{nil, []string{"resource_id"}, modelgenModelOf(modelgenShapeOfResourceByID)},\n');
  });

  test('a named enum is its own open string type with constants', () => {
    const status = file(files, 'widget_status');
    expect(status).toContain('// WidgetStatus is where a widget is in its life.\ntype WidgetStatus string\n');
    expect(status).toContain('\tWidgetStatusInReview WidgetStatus = "in_review"\n');
    expect(file(files, 'shape_holder')).toMatch(/\tStatuses +\*\[\]WidgetStatus +`json:"statuses,omitempty"`/);
  });

  test('unions are referenced as values, pointers, in slices, maps and Nullable; strict shapes name them', () => {
    const holder = file(files, 'shape_holder');
    expect(holder).toMatch(/\tEvent +ShapeEvent +`json:"event"`/);
    expect(holder).toMatch(/\tEvents +\[\]ShapeEvent +`json:"events"`/);
    expect(holder).toMatch(/\tToken +\*TokenState +`json:"token"`/);
    expect(holder).toMatch(/\tValue +\*ScalarValue +`json:"value,omitempty"`/);
    expect(holder).toMatch(/\tValues +\*map\[string\]ScalarValue +`json:"values,omitempty"`/);
    expect(holder).toContain('{"token", true, modelgenNullable(modelgenUnionOf(modelgenShapeOfTokenState))},');
    expect(holder).toContain('{"statuses", false, modelgenList(modelgenKind("string"))},');
  });

  test('a const is held in its own kind of Go value and its strict shape is that value', () => {
    const widget = file(files, 'widget');
    expect(widget).toMatch(/\tEnabled +bool +`json:"enabled"`/);
    expect(widget).toMatch(/\tVersion +int64 +`json:"version"`/);
    expect(widget).toMatch(/\tSizeBytes +int64 +`json:"size_bytes"`/);
    expect(widget).toContain('\t// Enabled always true for a widget.\n\t//\n\t// Always `true`.\n');
    expect(widget).toContain('\t// Version always `2`.\n');
    expect(widget).toContain('{"enabled", true, modelgenLiteral(true)},');
    expect(widget).toContain('{"version", true, modelgenLiteral(float64(2))},');
    expect(widget).toContain('{"object", true, modelgenLiteral("widget")},');
  });

  test('formats, read-only, write-only, examples and deprecation are in the doc comments as Go tools read them', () => {
    const widget = file(files, 'widget');
    expect(widget).toContain('\t// CreatedAt is when the widget was created.\n\t//\n\t// Format: `date-time`.\n\t// Example: `"2024-01-02T03:04:05.000Z"`.\n');
    expect(widget).toContain('\t// Format: `int64`.\n\t// Example: `4294967297`.\n\tSizeBytes int64');
    expect(widget).toContain('\t// ID is unique identifier.\n\t//\n\t// Read-only: the API sends it and ignores it in requests.\n\t// Example: `"widget_01H"`.\n');
    expect(widget).toContain('Write-only: the API accepts it and never sends it.');
    expect(widget).toContain('\t// LegacyCode is use `status` instead.\n\t//\n\t// Deprecated: the API marks this field deprecated; it may be removed.\n');
    expect(widget).toContain('// Example: `{"object":"widget","id":"widget_01H"}`.\ntype Widget struct {');
    expect(file(files, 'gadget')).toContain('// Gadget is superseded by widgets.\n//\n// Deprecated: the API marks this type deprecated; it may be removed.\ntype Gadget struct {');
  });

  test('a union whose variants live in another package imports it and checks them as objects with their keys', () => {
    const target = render('string', SPLIT).find((f) => f.path === 'go/shapes/resource_target.go')?.contents ?? '';
    expect(target).toContain('\nimport (\n\t"encoding/json"\n\t"example.com/sdk/resources"\n)\n');
    expect(target).toContain('\tByID *resources.ResourceByID\n');
    expect(target).toContain('\t\t{nil, []string{"resource_id"}, modelgenKind("object")},\n');
  });

  test('names that clash with the package\'s or the union\'s own get a suffix', () => {
    const clashing = render('string', SPLIT).find((f) => f.path === 'go/shapes/validation_error.go')?.contents ?? '';
    expect(clashing).toContain('\ntype ValidationError_2 struct {\n');
    expect(clashing).toContain('\tUnknown_2 *string\n');
    expect(clashing).toContain('\tMarshalJSON_2 *float64\n');
    expect(clashing).toContain('\tUnmarshalJSON_2 *bool\n');
    expect(clashing).toContain('\tUnknown json.RawMessage\n');
    expect(clashing).toContain('func UnmarshalValidationError_2Strict(data []byte) (ValidationError_2, error) {');
  });

  test('the dateTime option makes a date-time a time.Time, read and written through readExact/writeExact', () => {
    const widget = file(render('time.Time'), 'widget');
    expect(widget).toContain('\nimport (\n\t"time"\n)\n');
    expect(widget).toMatch(/\tCreatedAt +time\.Time +`json:"created_at"`/);
    expect(widget).toContain('\tr.readExact("created_at", &m.CreatedAt, false, false)\n');
    expect(widget).toContain('\tw.writeExact("created_at", m.CreatedAt, false)\n');
    expect(widget).toMatch(/\tBirthday +\*string +`json:"birthday,omitempty"`/);
    expect(file(render('time.Time'), 'modelgen_types')).toContain('func (r *modelgenReader) readExact(');
    expect(file(files, 'modelgen_types')).not.toContain('readExact');
    const option = goTarget.options.find((o) => o.key === 'dateTime');
    expect(['string', 'time.Time', 'time', ''].map((v) => option?.validate?.(v))).toEqual([undefined, undefined, 'must be `string` or `time.Time`', 'must be `string` or `time.Time`']);
  });
});

describeWithToolchain('go toolchain on the OpenAPI shapes', ['go', 'gofmt'], () => {
  let root: string;
  let env: NodeJS.ProcessEnv;
  /** The driver of each build (the default strings, and `dateTime: time.Time`) and what gofmt -l listed. */
  const drivers = new Map<string, string>();
  const unformatted = new Map<string, string>();
  let payloadCount = 0;

  /** Renders a model set with `dateTime`, runs gofmt -l and go vet (which throws on a finding), builds the driver; the builds share one Go cache. */
  function build(label: string, dateTime: string, set: ModelSet = SHAPES): void {
    const moduleDir = path.join(root, label.replace(/\W/g, ''));
    for (const f of render(dateTime, set)) {
      fs.mkdirSync(path.dirname(path.join(moduleDir, f.path)), { recursive: true });
      fs.writeFileSync(path.join(moduleDir, f.path), f.contents);
    }
    const goDir = path.join(moduleDir, 'go');
    fs.writeFileSync(path.join(goDir, 'go.mod'), `module ${GO_MODULE}\n\ngo 1.19\n`);
    fs.mkdirSync(path.join(goDir, 'cmd', 'driver'), { recursive: true });
    fs.writeFileSync(path.join(goDir, 'cmd', 'driver', 'main.go'), goDriverSource([{ set, options: { dateTime }, prefix: '' }]));
    const packages = fs.readdirSync(goDir).filter((name) => !['cmd', 'go.mod'].includes(name));
    unformatted.set(label, run('gofmt', ['-l', ...packages], { cwd: goDir }));
    run('go', ['vet', './...'], { cwd: goDir, env });
    const driver = path.join(moduleDir, 'driver');
    run('go', ['build', '-o', driver, './cmd/driver'], { cwd: goDir, env });
    drivers.set(label, driver);
  }

  /** Writes each payload to a file and runs the driver once over all of them; one parsed line per payload. */
  function roundTrip(driver: string, payloads: readonly (readonly [string, unknown])[], strict = false, mode = strict ? '-strict' : ''): Record<string, unknown>[] {
    const args = payloads.flatMap(([id, json]) => {
      const file = path.join(root, `payload_${payloadCount++}.json`);
      fs.writeFileSync(file, JSON.stringify(json));
      return [id, file];
    });
    return run(driver, [...(mode ? [mode] : []), ...args])
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  const shapes = SHAPES_PAYLOADS.map((p) => [p.modelId, p.json] as const);

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-go-shapes-'));
    env = goEnv(root);
    build('string', 'string');
    build('time.Time', 'time.Time', TIMED);
    build('split', 'string', SPLIT);
  });

  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('SHAPES passes gofmt -l and go vet as emitted, with either dateTime and split into two packages', () => {
    expect(Object.fromEntries(unformatted)).toEqual({ string: '', 'time.Time': '', split: '' });
    expect([...drivers.keys()]).toEqual(['string', 'time.Time', 'split']);
  });

  test.each(['string', 'time.Time', 'split'])('every SHAPES payload reads and writes back equal (build %s): unknown events and unmatched objects kept raw', (dateTime) => {
    expect(roundTrip(drivers.get(dateTime) as string, shapes)).toEqual(SHAPES_PAYLOADS.map((p) => p.json));
  });

  test('strict reading takes every SHAPES payload a variant takes, and writes it back equal', () => {
    const strict = roundTrip(drivers.get('string') as string, shapes, true);
    const unmatched = SHAPES_PAYLOADS.findIndex((p) => p.name === 'holder-nulls-and-unknowns');
    expect(strict.filter((_, i) => i !== unmatched)).toEqual(SHAPES_PAYLOADS.filter((_, i) => i !== unmatched).map((p) => p.json));
    // An object no variant takes is Unknown to the lenient reader, and an error to the strict one; an unlisted event passes, as an unlisted enum value does.
    expect(strict[unmatched]).toMatchObject({
      error: 'ShapeHolder: target: expected object with resource_id or object with resource_external_id, resource_type_slug, found object',
      type: '*shapes.ValidationError',
      fields: { Model: 'ShapeHolder', Path: 'target', Expected: 'object with resource_id or object with resource_external_id, resource_type_slug', Found: 'object' },
    });
  });

  test('strict reading names where a union or const value does not fit', () => {
    const holder = SHAPES_PAYLOADS.find((p) => p.name === 'holder-other-variants')?.json as Record<string, unknown>;
    const widget = SHAPES_PAYLOADS.find((p) => p.name === 'widget-full')?.json as Record<string, unknown>;
    const cases: (readonly [string, unknown, string])[] = [
      ['shape_holder', { ...holder, event: 'widget.deleted' }, 'ShapeHolder: event: expected object, found string'],
      ['shape_holder', { ...holder, event: { id: 'e', event: 'widget.created' } }, 'ShapeHolder: event.data: expected object, found missing'],
      ['shape_holder', { ...holder, event: { id: 'e', data: {} } }, 'ShapeHolder: event.event: expected string, found missing'],
      ['shape_holder', { ...holder, events: [{ id: 'e', event: 5, data: {} }] }, 'ShapeHolder: events[0].event: expected string, found number'],
      ['shape_holder', { ...holder, token: { active: 'yes', error: 'e' } }, 'ShapeHolder: token.active: expected boolean, found string'],
      ['shape_holder', { ...holder, token: { active: false, error: 7 } }, 'ShapeHolder: token.error: expected string, found number'],
      ['shape_holder', { ...holder, value: [1] }, 'ShapeHolder: value: expected string or number or boolean, found array'],
      ['shape_holder', { ...holder, values: { a: 'x', b: null } }, 'ShapeHolder: values.b: expected string or number or boolean, found null'],
      ['shape_holder', { ...holder, statuses: ['active', 1] }, 'ShapeHolder: statuses[1]: expected string, found number'],
      ['widget', { ...widget, version: 3 }, 'Widget: version: expected 2, found number'],
      ['widget', { ...widget, enabled: false }, 'Widget: enabled: expected true, found boolean'],
      ['widget', { ...widget, size_bytes: 1.5 }, 'Widget: size_bytes: expected integer, found number'],
      ['shape_event', { id: 'e', event: 'widget.created', data: { ...widget, object: 'gadget' } }, 'ShapeEvent: data.object: expected "widget", found string'],
    ];
    const lines = roundTrip(drivers.get('string') as string, cases.map(([id, json]) => [id, json] as const), true);
    expect(lines.map((l) => l.error)).toEqual(cases.map(([, , error]) => error));
  });

  test('each union value reads into the field of its variant, in the IR order reading tries them, else Unknown (the last field)', () => {
    const values: (readonly [string, unknown, number])[] = [
      ['shape_event', { id: 'e', event: 'widget.deleted', data: {} }, 1],
      ['shape_event', { id: 'e', event: 'widget.created', data: {} }, 0],
      ['shape_event', { id: 'e', event: 'widget.melted' }, 2],
      ['shape_event', { id: 'e' }, 2],
      ['shape_event', 'widget.created', 2],
      ['token_state', { active: false, error: 'x' }, 1],
      ['token_state', { active: true }, 0],
      ['token_state', { active: 'true' }, 2],
      ['scalar_value', 'text', 0],
      ['scalar_value', 3, 1],
      ['scalar_value', true, 2],
      ['scalar_value', null, 3],
      ['scalar_value', ['text'], 3],
      ['resource_target', { resource_id: 'r', resource_external_id: 'x', resource_type_slug: 's' }, 0],
      ['resource_target', { resource_external_id: 'x', resource_type_slug: 's' }, 1],
      ['resource_target', { resource_external_id: 'x' }, 2],
      ['resource_target', [], 2],
    ];
    const read = roundTrip(drivers.get('string') as string, values.map(([id, json]) => [id, json] as const), false, '-variant');
    expect(read.map((r) => r.variant)).toEqual(values.map(([, , index]) => index));
  });

  test('a union reads and writes as a root value too, leniently and strictly', () => {
    const event = { id: 'e', event: 'widget.deleted', data: { n: 1 } };
    const values = [['shape_event', event], ['shape_event', { event: 'widget.melted', x: [1, { y: null }] }], ['scalar_value', 'text'], ['scalar_value', 12.5], ['scalar_value', false], ['scalar_value', { not: 'scalar' }], ['token_state', null]] as const;
    expect(roundTrip(drivers.get('string') as string, values)).toEqual(values.map(([, json]) => json));
    expect(roundTrip(drivers.get('string') as string, values.slice(0, 5), true)).toEqual(values.slice(0, 5).map(([, json]) => json));
  });

  test('a union whose names clash reads and writes its variants', () => {
    const values = [['validation_error', 'u'], ['validation_error', 1], ['validation_error', true], ['validation_error', []]] as const;
    expect(roundTrip(drivers.get('split') as string, values)).toEqual(values.map(([, json]) => json));
    expect(roundTrip(drivers.get('split') as string, values, false, '-variant').map((r) => r.variant)).toEqual([0, 1, 2, 3]);
  });

  test('with dateTime time.Time, a union variant that is a date-time goes back as the exact text sent too', () => {
    const stamps = ['2024-01-02T03:04:05.000Z', '2024-01-02t03:04:05Z', '2024-01-02T03:04:05.10+00:00', 'no time', 12.5];
    const values = stamps.map((stamp) => ['stamp_value', stamp] as const);
    expect(roundTrip(drivers.get('time.Time') as string, values)).toEqual(stamps);
    // A string time.Time cannot read (Go's RFC 3339 wants a capital T) is a string of the date-time variant all the same; it stays in Unknown, as read.
    expect(roundTrip(drivers.get('time.Time') as string, values, false, '-variant').map((r) => r.variant)).toEqual([0, 2, 0, 2, 1]);
  });

  test('with dateTime time.Time, timestamps go back as the exact text sent, and text that is no time is kept too', () => {
    const widget = SHAPES_PAYLOADS.find((p) => p.name === 'widget-full')?.json as Record<string, unknown>;
    const stamps = ['2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05.120+02:00', '2024-01-02t03:04:05.999999999z', '2024-01-02T03:04:05.1-00:00', 'yesterday', ''];
    const payloads = stamps.map((created_at) => ['widget', { ...widget, created_at }] as const);
    expect(roundTrip(drivers.get('time.Time') as string, payloads).map((w) => w.created_at)).toEqual(stamps);
  });
});

test('an example longer than one readable line is left out of the doc comment', () => {
  const long = { ...WIDGET, example: { text: 'x'.repeat(EXAMPLE_LIMIT) } };
  const files = goTarget.render({ ...SHAPES, models: SHAPES.models.map((m) => (m.id === WIDGET.id ? long : m)), options: { package: '' }, dir: 'go' }, new TemplateEngine());
  expect(file(files, 'widget')).toContain('// Widget is a widget: every scalar kind of `const` and `format`.\ntype Widget struct {');
});

test('a deprecated union or named enum says so in the paragraph Go tools read, after its summary', () => {
  const set: ModelSet = { ...SHAPES, unions: SHAPES.unions.map((u) => ({ ...u, deprecated: true })), enums: SHAPES.enums.map((e) => ({ ...e, deprecated: true, example: 'active' })) };
  const files = goTarget.render({ ...set, options: { package: '' }, dir: 'go' }, new TemplateEngine());
  expect(file(files, 'token_state')).toContain('// Set exactly one field to write a value.\n//\n// Deprecated: the API marks this type deprecated; it may be removed.\ntype TokenState struct {');
  expect(file(files, 'widget_status')).toContain('// WidgetStatus is where a widget is in its life.\n//\n// Example: `"active"`.\n//\n// Deprecated: the API marks this type deprecated; it may be removed.\ntype WidgetStatus string');
});
