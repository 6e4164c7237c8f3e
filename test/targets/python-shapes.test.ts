/**
 * The Python target on the hand-built IR of what OpenAPI adds (SHAPES):
 * unions, named enums, consts of every scalar kind, formats, deprecation and
 * the `dateTime` option, checked with the real toolchain (black, mypy
 * --strict) and read and written back by one driver process.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TemplateEngine } from '../../src/render/template-engine';
import { pythonTarget } from '../../src/targets/python';
import { RenderedFile } from '../../src/targets/target';
import { SHAPES, SHAPES_PAYLOADS } from '../support/openapi-shapes';
import { EDGES } from './python/openapi-edges';
import { writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';

const PACKAGE = 'shapes';
const DATETIME_PACKAGE = 'shapes_dt';
const DRIVER = path.join(__dirname, 'python', 'driver.py');
const CHECK = path.join(__dirname, 'python', 'shapes_check.py');

const render = (pkg: string, options: Record<string, string> = {}) => pythonTarget.render({ ...SHAPES, options: { package: pkg, ...options }, dir: 'python' }, new TemplateEngine());
const files = render(PACKAGE);
const datetimeFiles = render(DATETIME_PACKAGE, { dateTime: 'datetime' });
const source = (list: readonly RenderedFile[], module: string) => list.find((f) => f.path.endsWith(`/${module}.py`))?.contents ?? '';
const lines = (module: string) => source(files, module).split('\n');
const classOf = (modelId: string) => SHAPES.models.find((m) => m.id === modelId)?.bindings.find((b) => b.language === 'python')?.name;
const payload = (name: string) => SHAPES_PAYLOADS.find((p) => p.name === name)!.json;

describe('python target on the OpenAPI shapes', () => {
  test('one module per model, union and enum, each exported by the package', () => {
    const modules = files.map((f) => path.basename(f.path, '.py')).sort();
    expect(modules).toEqual([
      '__init__', '_types', 'gadget', 'resource_by_external_id', 'resource_by_id', 'resource_target', 'scalar_value', 'shape_event',
      'shape_event_widget_created', 'shape_event_widget_deleted', 'shape_holder', 'token_state', 'token_state_active', 'token_state_inactive', 'widget', 'widget_status',
    ]);
    const init = source(files, '__init__');
    expect(init).toContain('from .shape_event import (\n    ShapeEvent,\n    ShapeEventUnknown,\n    read_shape_event,\n    shape_event_wire_shape,\n    write_shape_event,\n)\n');
    expect(init).toContain('from .widget_status import WidgetStatus\n');
  });

  test('consts of every scalar kind are Literal types; a named enum is an open str Enum', () => {
    const widget = lines('widget');
    expect(widget).toEqual(expect.arrayContaining(['    object: Literal["widget"]', '    enabled: Literal[True]', '    version: Literal[2]', '    status: Union[WidgetStatus, str]', '    size_bytes: int']));
    expect(widget).toContain('            ("enabled", ("literal", True), False),');
    expect(widget).toContain('            ("version", ("literal", 2), False),');
    expect(source(files, 'widget_status')).toContain('class WidgetStatus(str, Enum):');
    expect(source(files, 'widget_status')).toContain('    ACTIVE = "active"\n    RETIRED = "retired"\n    IN_REVIEW = "in_review"\n');
    expect(lines('shape_holder')).toContain('    statuses: Union[List[Union[WidgetStatus, str]], None, Unset] = UNSET');
  });

  test('a union is a typing.Union of its variants and its Unknown class, read by its own reader', () => {
    expect(lines('shape_event')).toContain('ShapeEvent = Union[ShapeEventWidgetCreated, ShapeEventWidgetDeleted, ShapeEventUnknown]');
    expect(lines('scalar_value')).toContain('ScalarValue = Union[str, float, bool, ScalarValueUnknown]');
    expect(lines('shape_event')).toContain('    raw: Dict[str, Any]');
    expect(lines('scalar_value')).toContain('    raw: Any');
    expect(lines('token_state')).toContain('            ([True], ("model", TokenStateActive.wire_shape)),');
    expect(lines('resource_target')).toContain('            (["resource_id"], ("model", ResourceById.wire_shape)),');
    const holder = lines('shape_holder');
    expect(holder).toEqual(expect.arrayContaining(['    event: ShapeEvent', '    events: List[ShapeEvent]', '    token: Optional[TokenState]', '    values: Union[Dict[str, ScalarValue], None, Unset] = UNSET']));
    expect(holder).toContain('            events=list_of(read_present(read_shape_event))(data.get("events", UNSET)),');
    expect(holder).toContain('            ("token", ("nullable", ("union", token_state_wire_shape)), False),');
  });

  test('docstrings carry formats, read-only, write-only, examples and deprecation', () => {
    const widget = source(files, 'widget');
    expect(widget).toContain('    created_at: str\n    """When the widget was created.\n\n    Format: date-time.\n    Example: "2024-01-02T03:04:05.000Z"\n    """\n');
    expect(widget).toContain('    id: str\n    """Unique identifier.\n\n    Read-only: sent by the API, never accepted.\n    Example: "widget_01H"\n    """\n');
    expect(widget).toContain('    secret: Union[str, None, Unset] = UNSET\n    """Write-only: accepted by the API, never sent."""\n');
    expect(widget).toContain('    Example: {"object": "widget", "id": "widget_01H"}\n');
    expect(widget).toContain('        if self.legacy_code is not UNSET:\n            deprecated_use("Widget.legacy_code")\n');
    expect(widget).toContain('        with reading():\n            return cls(\n');
    const gadget = source(files, 'gadget');
    expect(gadget).toContain('    """Superseded by widgets.\n\n    Deprecated: building one in code warns (DeprecationWarning); reading one does not.\n    """\n');
    expect(gadget).toContain('        deprecated_use("Gadget")\n');
  });

  test('a deprecated union or enum says so in its docstring, with its example', () => {
    const deprecated = { ...SHAPES, unions: SHAPES.unions.map((u) => ({ ...u, deprecated: true, example: 'x' })), enums: SHAPES.enums.map((e) => ({ ...e, deprecated: true })) };
    const rendered = pythonTarget.render({ ...deprecated, options: { package: PACKAGE }, dir: 'python' }, new TemplateEngine());
    expect(source(rendered, 'scalar_value')).toContain('ScalarValue = Union[str, float, bool, ScalarValueUnknown]\n"""A string, a number or a boolean.\n\nDeprecated.\nExample: "x"\n"""\n');
    expect(source(rendered, 'widget_status')).toContain('so fields of this type are Union[WidgetStatus, str].\n\n    Deprecated.\n    """\n');
  });

  test('dateTime: datetime types date-times as datetime, read and written through the helpers', () => {
    const widget = source(datetimeFiles, 'widget');
    expect(widget).toContain('from datetime import datetime\n');
    expect(widget).toContain('    created_at: datetime\n');
    expect(widget).toContain('            created_at=read_datetime(data.get("created_at", UNSET)),\n');
    expect(widget).toContain('            "created_at": write_datetime(self.created_at),\n');
    expect(widget).toContain('            ("created_at", "date-time", False),\n');
    // Without the option, a package with no date-time field, or the seeds, `_types.py` carries none of it.
    expect(source(files, '_types')).not.toContain('WireDateTime');
    expect(pythonTarget.options.find((o) => o.key === 'dateTime')?.validate?.('datetime64')).toBe('must be one of `str`, `datetime`');
  });
});

describeWithToolchain('python toolchain on the OpenAPI shapes', ['python3', 'mypy', 'black'], () => {
  let pythonDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    pythonDir = path.join(writeTemp([...files, ...datetimeFiles], 'modelgen-python-shapes-'), 'python');
    env = { ...process.env, PYTHONPATH: pythonDir, PYTHONDONTWRITEBYTECODE: '1' };
  });

  test('passes black --check as emitted and mypy --strict for Python 3.9', () => {
    run('black', ['--check', '--diff', '--quiet', pythonDir]);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-mypy-'));
    run('mypy', ['--strict', '--python-version', '3.9', '--cache-dir', cacheDir, '-p', PACKAGE, '-p', DATETIME_PACKAGE], { cwd: pythonDir });
  });

  test('every payload round-trips equal, lenient and strict, in both packages; strict reading refuses exactly what the docs do not allow', () => {
    const requests = [PACKAGE, DATETIME_PACKAGE].flatMap((pkg) =>
      [false, true].flatMap((strict) => SHAPES_PAYLOADS.map((p) => ({ package: pkg, class: classOf(p.modelId), payload: p.json, strict }))),
    );
    const output = run('python3', [DRIVER], { cwd: pythonDir, input: JSON.stringify({ fixtures: requests }), env });
    const results = output.trim().split('\n').map((line) => JSON.parse(line) as { json?: unknown; error?: { message: string } });
    const outcome = results.map((r, i) => `${requests[i].package} ${requests[i].strict ? 'strict' : 'lenient'} ${SHAPES_PAYLOADS[i % SHAPES_PAYLOADS.length].name}: ${r.error ? r.error.message : JSON.stringify(r.json) === JSON.stringify(requests[i].payload) ? 'equal' : JSON.stringify(r.json)}`);
    const unmatched = 'ShapeHolder: target: expected object with resource_id or object with resource_external_id, resource_type_slug, found object';
    const expected = [PACKAGE, DATETIME_PACKAGE].flatMap((pkg) =>
      ['lenient', 'strict'].flatMap((mode) =>
        SHAPES_PAYLOADS.map((p) => {
          if (mode === 'lenient') return `${pkg} ${mode} ${p.name}: equal`;
          if (p.name === 'holder-nulls-and-unknowns') return `${pkg} ${mode} ${p.name}: ${unmatched}`;
          // With the option, `x` is no date-time, which strict reading checks.
          if (pkg === DATETIME_PACKAGE && p.name === 'widget-unknown-status') return `${pkg} ${mode} ${p.name}: Widget: created_at: expected date-time, found string`;
          if (pkg === DATETIME_PACKAGE && p.name === 'holder-variants') return `${pkg} ${mode} ${p.name}: ShapeHolder: event.data.created_at: expected date-time, found string`;
          return `${pkg} ${mode} ${p.name}: equal`;
        }),
      ),
    );
    expect(outcome).toEqual(expected);
  });

  test('unions read into their variants or Unknown, strict reading names what a union needs, deprecation warns only code, date-times write back exactly', () => {
    const input = JSON.stringify({ package: PACKAGE, datetime_package: DATETIME_PACKAGE, holder: payload('holder-variants'), widget: payload('widget-unknown-status') });
    const report = JSON.parse(run('python3', [CHECK], { cwd: pythonDir, input, env }));
    expect(report).toEqual({
      types: {
        event: 'ShapeEventWidgetCreated',
        events: ['ShapeEventWidgetDeleted', 'ShapeEventUnknown'],
        token: 'TokenStateInactive',
        value: 'str',
        values: { n: 'float', b: 'bool', s: 'str' },
        target: 'ResourceByExternalId',
        statuses: ['WidgetStatus', 'str'],
      },
      unknown_raw: { id: 'e3', event: 'widget.exploded', data: { shrapnel: [1, 2] }, extra: true },
      enum: [true, true, 'active', '"active"'],
      strict: {
        'missing tag': 'ShapeEvent: event: expected string, found missing',
        'tag of another kind': 'ShapeEvent: event: expected string, found number',
        'bad field of a known variant': 'ShapeEvent: id: expected string, found number',
        'not an object': 'TokenState: $: expected object, found string',
        'boolean tag': 'TokenState: active: expected boolean, found string',
        'no scalar variant': 'ScalarValue: $: expected string or number or boolean, found object',
        'no object variant': 'ResourceTarget: $: expected object with resource_id or object with resource_external_id, resource_type_slug, found object',
        'unknown tag passes': null,
        'const mismatch': 'Widget: enabled: expected true, found number',
      },
      warnings: {
        'building a deprecated model': ['DeprecationWarning: Gadget is deprecated (shapes_check.py)'],
        'setting a deprecated field': ['DeprecationWarning: Widget.legacy_code is deprecated (shapes_check.py)'],
        'building without it': [],
        'reading both': [],
      },
      datetimes: {
        types: ['WireDateTime', 'WireDateTime', 'WireDateTime', 'WireDateTime', 'str', 'str'],
        written: ['2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05Z', '2024-01-02t03:04:05.123456789+05:30', '2024-01-02 03:04:05-00:00', '2016-12-31T23:59:60Z', '2024-02-30T00:00:00Z'],
        utc: true,
        fraction: 123456,
        copied: ['2024-01-02T03:04:05.000Z', '2024-01-02t03:04:05.123456789+05:30'],
        derived: '2024-01-02T04:04:05Z',
        'built in code': '2024-01-02T03:04:05.120000Z',
      },
    });
  });
});

describeWithToolchain('python toolchain on OpenAPI edge cases', ['python3', 'mypy', 'black'], () => {
  const edgeFiles = pythonTarget.render({ ...EDGES, options: { package: 'edges.{area}' }, dir: 'python' }, new TemplateEngine());
  const edge = (module: string) => edgeFiles.find((f) => f.path.endsWith(`/${module}.py`))?.contents ?? '';

  test('names: a helper-like union reader is escaped, a taken Unknown name gets `_`, enum constants are identifiers', () => {
    expect(edgeFiles.map((f) => f.path).filter((p) => p.includes('/paint/'))).toEqual(['python/edges/paint/color.py', 'python/edges/paint/_types.py', 'python/edges/paint/__init__.py']);
    expect(edge('model_union')).toContain('def read_model_(data: Any, *, strict: bool = False) -> Model:');
    expect(edge('branch')).toContain('class BranchUnknown_:');
    expect(edge('color')).toContain('    VALUE = ""\n    _1ST = "1st"\n    IN_REVIEW = "in-review"\n    IN_REVIEW2 = "in_review"\n    VALUE2 = "\u00e9"\n    CLASS = "class"\n    NAME = "name"\n    VALUE3 = "value"\n');
    // The union in a cycle with Tree: its alias names Tree quoted, imported for mypy at the top and again in the functions.
    expect(edge('branch')).toContain('Branch = Union["Tree", Leaf, BranchUnknown_]');
    expect(edge('branch')).toContain('\nif TYPE_CHECKING:\n    from .tree import Tree\n');
    expect(edge('tree')).toContain('from edges.paint.color import Color\n');
    expect(edge('forest')).toContain('Forest = Union["List[Tree]", str, ForestUnknown]');
  });

  test('pass black and mypy --strict, and read and write back every edge, strict included', () => {
    const pythonDir = path.join(writeTemp(edgeFiles, 'modelgen-python-edges-'), 'python');
    run('black', ['--check', '--diff', '--quiet', pythonDir]);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-mypy-'));
    run('mypy', ['--strict', '--python-version', '3.9', '--cache-dir', cacheDir, '-p', 'edges.main', '-p', 'edges.paint'], { cwd: pythonDir });
    const payloads = [
      { branch: { leaves: [1], next: { value: 'v' }, color: 'in_review', forest: [{ leaves: [], forest: 'named' }] }, model: 'auto' },
      { branch: { leaves: [], next: { leaves: [2], next: { neither: true } } }, model: [{ value: 'x' }], other: { why: 'w' } },
      { branch: { value: 'leaf' }, model: { a: 1 } },
      { branch: { value: 'leaf' }, model: 'never listed' },
      { branch: { value: 'leaf' }, model: null },
      { branch: { value: 'leaf' }, model: 7 },
    ];
    const requests = [false, true].flatMap((strict) => payloads.map((payload) => ({ package: 'edges.main', class: 'EdgeHolder', payload, strict })));
    const env = { ...process.env, PYTHONPATH: pythonDir, PYTHONDONTWRITEBYTECODE: '1' };
    const out = run('python3', [DRIVER], { cwd: pythonDir, input: JSON.stringify({ fixtures: requests }), env });
    const results = out.trim().split('\n').map((l) => JSON.parse(l) as { json?: unknown; error?: { message: string } });
    expect(results.map((r) => r.error?.message ?? r.json)).toEqual([
      ...payloads,
      payloads[0],
      'EdgeHolder: branch.next.next: expected object with leaves or object with value, found object',
      payloads[2],
      // Not the const, but the open enum variant takes any string.
      payloads[3],
      payloads[4],
      'EdgeHolder: model: expected "auto" or array or object or string, found number',
    ]);
  });
});
