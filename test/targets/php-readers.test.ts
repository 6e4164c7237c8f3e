/**
 * Issue 14 for PHP: every real payload reads and writes back with nothing
 * lost but the fields PHP does not document, strict mode throws the exact
 * errors, an enum value spelled `unknown` is kept, and `{}` stays an object.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectationFor, FIXTURES_DIR } from '../support/fixtures';
import { loadRealPayloads, lostPaths, OPEN_ENUM_SPEC, openEnumFixtures, STRICT_ERRORS, UNDOCUMENTED_IN_PHP_AND_RUBY, writeFixture } from '../support/real-payloads';
import { renderSpecs, writeTemp } from '../support/render';
import { describeWithToolchain } from '../support/toolchain';
import { phpCheck, phpDriver } from '../support/drivers';

const EXCEPTION = 'WorkOS\\Resource\\ModelValidationException';

describeWithToolchain('php readers on the real payloads', ['php', 'phpcs'], () => {
  const payloads = loadRealPayloads();
  let results: ReturnType<typeof phpDriver>;
  let rendered: Awaited<ReturnType<typeof renderSpecs>>;
  const resultOf = (mode: string, name: string) => results.find((r) => r.mode === mode && r.fixture === name);

  beforeAll(async () => {
    rendered = await renderSpecs(['php']);
    results = phpDriver(writeTemp(rendered.files, 'modelgen-php-real-'), rendered.modelSet, payloads, ['json', 'array', 'strict']);
  });

  test('the thirteen payloads are there', () => {
    expect(payloads.map((p) => p.name)).toEqual(Object.keys(UNDOCUMENTED_IN_PHP_AND_RUBY).sort());
  });

  test.each(['json', 'array'])('read (%s) and written back, each keeps every documented value and invents none', (mode) => {
    for (const payload of payloads) {
      const json = resultOf(mode, payload.name)?.json;
      expect({ name: payload.name, json }).toEqual({ name: payload.name, json: expectationFor(rendered.modelSet, 'php', payload, false).expected });
      expect({ name: payload.name, lost: lostPaths(payload.payload, json) }).toEqual({ name: payload.name, lost: UNDOCUMENTED_IN_PHP_AND_RUBY[payload.name] });
      expect({ name: payload.name, invented: lostPaths(json, payload.payload) }).toEqual({ name: payload.name, invented: [] });
    }
  });

  test('strict mode throws one ModelValidationException naming model, path, expected and found', () => {
    const errors = Object.fromEntries(payloads.map((p) => [p.name, resultOf('strict', p.name)?.error]).filter(([, e]) => e !== undefined));
    expect(errors).toEqual(Object.fromEntries(Object.entries(STRICT_ERRORS).map(([name, text]) => [name, `${EXCEPTION}: ${text}`])));
  });

  test('{} stays an object in a map of untyped values, read either way', () => {
    for (const mode of ['json', 'array']) {
      expect(resultOf(mode, 'directory_user_ruby_1.json')?.json).toMatchObject({ custom_attributes: {} });
      expect(Array.isArray((resultOf(mode, 'directory_user_ruby_1.json')?.json as Record<string, unknown>).custom_attributes)).toBe(false);
      expect(Array.isArray((resultOf(mode, 'directory_user_node_1.json')?.json as Record<string, unknown>).raw_attributes)).toBe(false);
    }
  });
});

describeWithToolchain('php keeps {} and [] apart where the docs say object', ['php'], () => {
  test('read from the JSON text, [] in a map is a value of another kind: written back as [], and strict names it', async () => {
    const rendered = await renderSpecs(['php']);
    const dir = writeTemp(rendered.files, 'modelgen-php-lists-');
    const user = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'directory_user.json'), 'utf8')) as Record<string, unknown>;
    const fixture = writeFixture(dir, 'user.json', 'directory_user', { ...user, custom_attributes: [], raw_attributes: {} });
    const [json, array, strict] = phpDriver(dir, rendered.modelSet, [fixture], ['json', 'array', 'strict']);
    expect(json.json).toMatchObject({ custom_attributes: [], raw_attributes: {} });
    expect(Array.isArray((json.json as Record<string, unknown>).raw_attributes)).toBe(false);
    // json_decode($text, true) gives [] for both: where the docs say object it is read, and written, as one.
    expect(array.json).toMatchObject({ custom_attributes: {}, raw_attributes: {} });
    expect(Array.isArray((array.json as Record<string, unknown>).custom_attributes)).toBe(false);
    expect(strict.error).toBe(`${EXCEPTION}: DirectoryUser: custom_attributes: expected object, found array`);
  });
});

describeWithToolchain('php reads an enum that documents `unknown`', ['php'], () => {
  test('the documented `unknown` and an unlisted value are written back as read, and no `unknown2` exists', async () => {
    const rendered = await renderSpecs(['php'], [OPEN_ENUM_SPEC]);
    const probe = rendered.files.find((f) => f.path === 'php/Acme/Probes/Probe.php')?.contents ?? '';
    expect(probe).toContain('Known values: `active`, `unknown`.');
    expect(probe).not.toMatch(/unknown2/i);
    const dir = writeTemp(rendered.files, 'modelgen-php-enum-');
    const fixtures = openEnumFixtures(dir);
    const results = phpDriver(dir, rendered.modelSet, fixtures, ['json', 'strict']);
    expect(results.map((r) => [r.mode, r.json])).toEqual(['json', 'strict'].flatMap((mode) => fixtures.map((f) => [mode, f.payload])));
  });
});

describeWithToolchain('php runtime names', ['php', 'phpcs'], () => {
  test('a model named ModelRuntime and a property named wire neither clash with the runtime nor with each other', async () => {
    const rendered = await renderSpecs(['php'], ['test/specs/runtime-names/runtime-names.yaml']);
    const model = rendered.files.find((f) => f.path === 'php/Acme/W/ModelRuntimeModel.php')?.contents ?? '';
    expect(model).toContain('\n    private ?ModelRuntime $wire2 = null;\n');
    const dir = writeTemp(rendered.files, 'modelgen-php-names-');
    phpCheck(dir);
    const fixture = writeFixture(dir, 'thing.json', 'thing', { wire: 'w', read_wire: null });
    expect(phpDriver(dir, rendered.modelSet, [fixture], ['json']).map((r) => r.json)).toEqual([fixture.payload]);
  });
});
