/**
 * Issue 14 for Ruby: every real payload reads and writes back with nothing
 * lost but the fields Ruby does not document (from JSON text and from a hash
 * with symbol keys), strict mode raises the exact errors, and an enum value
 * spelled `unknown` is kept.
 */
import * as path from 'node:path';
import { Fixture } from '../support/fixtures';
import { loadRealPayloads, lostPaths, OPEN_ENUM_SPEC, openEnumFixtures, STRICT_ERRORS, UNDOCUMENTED_IN_PHP_AND_RUBY, writeFixture } from '../support/real-payloads';
import { renderSpecs, writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';
import { RubyLine, rubyCheck, rubyDriver } from '../support/drivers';

const ERROR_CLASS = 'WorkOS::ModelValidationError';

describeWithToolchain('ruby readers on the real payloads', ['ruby'], () => {
  const payloads = loadRealPayloads();
  let lines: RubyLine[];
  const lineOf = (payload: Fixture) => lines.find((l) => l.fixture === payload.file) as RubyLine;

  beforeAll(async () => {
    const rendered = await renderSpecs(['ruby']);
    lines = rubyDriver(writeTemp(rendered.files, 'modelgen-ruby-real-'), rendered.modelSet, payloads);
  });

  test('every payload reads, and to_json and new(symbol keys).to_h keep every documented value and invent none', () => {
    expect(lines).toHaveLength(13);
    for (const payload of payloads) {
      const { json, symbol_keys: symbolKeys } = lineOf(payload);
      expect({ name: payload.name, lost: lostPaths(payload.payload, json) }).toEqual({ name: payload.name, lost: UNDOCUMENTED_IN_PHP_AND_RUBY[payload.name] });
      expect({ name: payload.name, invented: lostPaths(json, payload.payload) }).toEqual({ name: payload.name, invented: [] });
      expect({ name: payload.name, symbolKeys }).toEqual({ name: payload.name, symbolKeys: json });
    }
  });

  test('strict: true raises one ModelValidationError naming model, path, expected and found', () => {
    const errors = Object.fromEntries(payloads.map((p) => [p.name, lineOf(p).strict]).filter(([, e]) => e !== null));
    expect(errors).toEqual(Object.fromEntries(Object.entries(STRICT_ERRORS).map(([name, text]) => [name, `${ERROR_CLASS}: ${text}`])));
  });

  test('{} stays {} in a map of untyped values', () => {
    const user = payloads.find((p) => p.name === 'directory_user_ruby_1.json') as Fixture;
    expect(lineOf(user).json.custom_attributes).toEqual({});
    expect(Array.isArray(lineOf(user).json.custom_attributes)).toBe(false);
  });
});

describeWithToolchain('ruby reads an enum that documents `unknown`', ['ruby'], () => {
  test('the documented `unknown` and an unlisted value are written back as read, and no `unknown2` exists', async () => {
    const rendered = await renderSpecs(['ruby'], [OPEN_ENUM_SPEC]);
    const probe = rendered.files.find((f) => f.path === 'ruby/lib/workos/probe.rb')?.contents ?? '';
    expect(probe).toContain('# Known values: `active`, `unknown`.');
    expect(probe).not.toMatch(/unknown2/i);
    const dir = writeTemp(rendered.files, 'modelgen-ruby-enum-');
    const fixtures = openEnumFixtures(dir);
    const lines = rubyDriver(dir, rendered.modelSet, fixtures);
    expect(lines.map((l) => [l.json, l.readers.status, l.strict])).toEqual(fixtures.map((f) => [f.payload, f.payload.status, null]));
  });
});

describeWithToolchain('ruby readers on values of another kind', ['ruby'], () => {
  test('are kept as given without strict, and strict names model, path, expected and found as attributes', async () => {
    const rendered = await renderSpecs(['ruby']);
    const lib = path.join(writeTemp(rendered.files, 'modelgen-ruby-kinds-'), 'ruby', 'lib');
    const script = [
      "require 'workos/directory_user'",
      'payloads = [{ "id" => 5, "state" => nil, "groups" => "none" }, { "id" => "u", "groups" => [{ "id" => "g", "name" => [1] }], "emails" => {} }]',
      'payloads.each do |payload|',
      '  puts WorkOS::DirectoryUser.new(payload).to_json',
      '  WorkOS::DirectoryUser.new(payload, strict: true)',
      'rescue WorkOS::ModelValidationError => e',
      '  puts [e.model, e.path, e.expected, e.found].to_json',
      'end',
      '["[1]", "null"].each { |text| WorkOS::DirectoryUser.from_json(text) rescue puts $!.message }',
    ].join('\n');
    const out = run('ruby', ['-w', '-I', lib, '-e', script]).trim().split('\n');
    expect(out).toEqual([
      '{"id":5,"state":null,"groups":"none"}',
      '["DirectoryUser","id","string","number"]',
      '{"id":"u","emails":{},"groups":[{"id":"g","name":[1]}]}',
      '["DirectoryUser","directory_id","string","missing"]',
      'DirectoryUser: expected object, found array',
      'DirectoryUser: expected object, found null',
    ]);
  });
});

describeWithToolchain('ruby runtime names', ['ruby', 'rubocop'], () => {
  test('a model named ModelRuntime and a property named read_wire neither clash with the runtime nor with each other', async () => {
    const rendered = await renderSpecs(['ruby'], ['test/specs/runtime-names/runtime-names.yaml']);
    const model = rendered.files.find((f) => f.path === 'ruby/lib/workos/thing.rb')?.contents ?? '';
    expect(model).toContain('\n  class ModelRuntimeModel\n    include ModelRuntime\n');
    expect(model).toContain("\n      @read_wire_ = wire.field('read_wire', :string, optional: true)\n");
    const dir = writeTemp(rendered.files, 'modelgen-ruby-names-');
    rubyCheck(dir);
    const fixture = writeFixture(dir, 'thing.json', 'thing', { wire: 'w', read_wire: null });
    expect(rubyDriver(dir, rendered.modelSet, [fixture]).map((l) => l.json)).toEqual([fixture.payload]);
  });
});
