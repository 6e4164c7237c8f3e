/**
 * The whole WorkOS OpenAPI document in Go: one package, gofmt-clean as
 * emitted, go vet clean, built into a driver that imports it as a real
 * module, and every payload of `payloadsFor` read and written back equal,
 * leniently and strictly; a second package renders it with `dateTime:
 * time.Time` into the same module. One build, one driver process per mode.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ModelSet, UnionModel } from '../../src/ir/model';
import { TemplateEngine } from '../../src/render/template-engine';
import { goTarget } from '../../src/targets/go';
import { RenderedFile } from '../../src/targets/target';
import { goDriverSource, goEnv, GO_MODULE } from '../support/drivers';
import { Payload, payloadsFor, UNKNOWN_TAG } from '../support/openapi-payloads';
import { IrTypeChecker } from '../support/ir-type-check';
import { describeWithToolchain, run } from '../support/toolchain';
import { workosModelSet } from '../support/workos-openapi';

const OPTIONS = { package: 'workos', module: GO_MODULE };
/** The document again in a second package, with `dateTime: time.Time`; its ids are prefixed in the driver. */
const TIME_OPTIONS = { ...OPTIONS, package: 'workostime', dateTime: 'time.Time' };
const TIME = 'time:';

describe('go rendering of the WorkOS OpenAPI document', () => {
  let set: ModelSet;
  let files: readonly RenderedFile[];
  const contents = (stem: string) => files.find((f) => f.path === `go/workos/${stem}.go`)?.contents ?? '';

  beforeAll(() => {
    set = workosModelSet();
    files = goTarget.render({ ...set, options: OPTIONS, dir: 'go' }, new TemplateEngine());
  });

  test('every object model, union and named enum gets its file in one package, beside the helpers', () => {
    expect(files).toHaveLength(1 + set.models.length + set.unions.length + set.enums.length);
    expect(new Set(files.map((f) => path.dirname(f.path)))).toEqual(new Set(['go/workos']));
  });

  test('with dateTime time.Time, the date-time fields are time.Time, read and written exactly', () => {
    const timed = goTarget.render({ ...set, options: TIME_OPTIONS, dir: 'go' }, new TemplateEngine()).filter((f) => f.contents.includes('\tr.readExact("created_at", &m.CreatedAt, false, false)\n'));
    expect(timed.length).toBeGreaterThan(100);
    expect(timed[0].contents).toMatch(/\tCreatedAt +time\.Time +`json:"created_at"`/);
  });

  test('EventSchema is one discriminated union: a field per event, and Unknown', () => {
    const event = set.unions.find((u) => u.id === 'event_schema');
    const variants = event?.bindings.find((b) => b.language === 'go')?.variants ?? [];
    expect(variants).toHaveLength(93);
    const union = contents('event_schema');
    expect(union).toContain('\treturn modelgenUnion{"event", "string", []modelgenVariant{\n');
    expect([...union.matchAll(/^\t[A-Z]\w* \*EventSchema\w+$/gm)]).toHaveLength(93);
    expect([...union.matchAll(/^\tcase \d+:$/gm)]).toHaveLength(93);
    expect(union).toContain('\tUnknown json.RawMessage\n}');
  });
});

describeWithToolchain('go toolchain on the WorkOS OpenAPI document', ['go', 'gofmt'], () => {
  let root: string;
  let goDir: string;
  let env: NodeJS.ProcessEnv;
  let driver: string;
  let set: ModelSet;
  let payloads: readonly Payload[];
  let files: string[];

  /** One driver process over every payload (`only` those); one parsed line each, in order. */
  const readBack = (mode?: '-strict' | '-variant', only: (p: Payload) => boolean = () => true, prefix = '') =>
    run(driver, [...(mode ? [mode] : []), ...payloads.flatMap((p, i) => (only(p) ? [prefix + p.modelId, files[i]] : []))])
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);

  beforeAll(() => {
    set = workosModelSet();
    payloads = payloadsFor(set);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-go-workos-'));
    goDir = path.join(root, 'go');
    for (const f of [OPTIONS, TIME_OPTIONS].flatMap((options) => goTarget.render({ ...set, options, dir: 'go' }, new TemplateEngine()))) {
      fs.mkdirSync(path.dirname(path.join(root, f.path)), { recursive: true });
      fs.writeFileSync(path.join(root, f.path), f.contents);
    }
    fs.writeFileSync(path.join(goDir, 'go.mod'), `module ${GO_MODULE}\n\ngo 1.19\n`);
    fs.mkdirSync(path.join(goDir, 'cmd', 'driver'), { recursive: true });
    fs.writeFileSync(path.join(goDir, 'cmd', 'driver', 'main.go'), goDriverSource([{ set, options: OPTIONS, prefix: '' }, { set, options: TIME_OPTIONS, prefix: TIME }]));
    files = payloads.map((p, i) => {
      const file = path.join(root, `payload_${i}.json`);
      fs.writeFileSync(file, JSON.stringify(p.json));
      return file;
    });
    env = goEnv(root);
    driver = path.join(root, 'driver');
  });

  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('gofmt -l lists no file: the package is canonical as emitted', () => {
    expect(run('gofmt', ['-l', 'workos', 'workostime'], { cwd: goDir })).toBe('');
  });

  test('go vet passes on the package and a driver importing it, which builds', () => {
    run('go', ['vet', './...'], { cwd: goDir, env });
    run('go', ['build', '-o', driver, './cmd/driver'], { cwd: goDir, env });
  });

  test('every payload reads and writes back equal, unknown events kept whole', () => {
    expect(payloads.filter((p) => p.kind === 'union' && JSON.stringify(p.json).includes(UNKNOWN_TAG)).map((p) => p.modelId)).toContain('event_schema');
    const written = readBack();
    expect(written).toHaveLength(payloads.length);
    written.forEach((json, i) => expect({ name: payloads[i].name, json }).toEqual({ name: payloads[i].name, json: payloads[i].json }));
  });

  test('each union payload reads into the field of the variant the IR picks, an unlisted event into Unknown', () => {
    const checker = new IrTypeChecker(set);
    const indexes = readBack('-variant', (p) => p.kind === 'union');
    const unions = payloads.filter((p) => p.kind === 'union').map((p, i) => ({ p, read: indexes[i] }));
    expect(unions.length).toBeGreaterThan(93);
    for (const { p, read } of unions) {
      const union = set.unions.find((u) => u.id === p.modelId) as UnionModel;
      const variants = union.bindings.find((b) => b.language === 'go')?.variants ?? [];
      const picked = checker.variantOf(p.json, union);
      const expected = picked === 'unknown' ? variants.length : variants.findIndex((v) => v.id === picked?.id);
      expect({ payload: p.name, read }).toEqual({ payload: p.name, read: { variant: expected } });
    }
  });

  test('with dateTime time.Time, every payload reads and writes back equal too: each date-time as the exact text sent', () => {
    const written = readBack(undefined, () => true, TIME);
    written.forEach((json, i) => expect({ name: payloads[i].name, json }).toEqual({ name: payloads[i].name, json: payloads[i].json }));
  });

  test('strict reading takes every payload (an unlisted event passes, as an unlisted enum value does) and writes it back equal', () => {
    const written = readBack('-strict');
    written.forEach((json, i) => expect({ name: payloads[i].name, json }).toEqual({ name: payloads[i].name, json: payloads[i].json }));
  });
});
