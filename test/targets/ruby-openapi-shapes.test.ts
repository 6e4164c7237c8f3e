/**
 * The Ruby target on the hand-built IR of OpenAPI shapes (issue 15): named
 * enums, unions of every kind, `const` of every scalar kind, formats,
 * deprecation and the `dateTime` option. The output passes `ruby -wc` and
 * rubocop, and every payload reads and writes back equal (from JSON text and
 * from symbol keys), lenient and strict; an unknown discriminator or an
 * unmatched object is kept raw.
 */
import * as path from 'node:path';
import { SHAPES } from '../support/openapi-shapes';
import { rubyTarget } from '../../src/targets/ruby';
import { TemplateEngine } from '../../src/render/template-engine';
import { RenderedFile } from '../../src/targets/target';
import { DATE_STRICT_ERRORS, shapeFixtures, UNION_STRICT_CASES } from '../support/openapi-shape-cases';
import { renderSpecs, writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';
import { rubyCheck, rubyDriver } from '../support/drivers';

const MODULE = 'Acme::Shapes';
const ERROR = 'Acme::Shapes::ModelValidationError';

function render(options: Record<string, string> = {}): RenderedFile[] {
  return rubyTarget.render({ ...SHAPES, options: { module: MODULE, entry: '', dateTime: 'string', ...options }, dir: 'ruby' }, new TemplateEngine());
}

const contentsOf = (files: readonly RenderedFile[], name: string) => {
  const found = files.find((f) => f.path === `ruby/lib/acme/shapes/${name}.rb`);
  if (!found) throw new Error(`not rendered: ${name}; got ${files.map((f) => f.path).join(', ')}`);
  return found.contents;
};


describe('ruby renders the OpenAPI shapes', () => {
  const files = render();

  test('a union is a module with read, from_json and its Unknown; object variants include it', () => {
    const event = contentsOf(files, 'shape_event');
    expect(event).toContain('\n    module ShapeEvent\n      extend ModelRuntime::Union\n');
    expect(event).toContain('\n      class Unknown < ModelRuntime::Unknown\n        include ShapeEvent\n      end\n');
    expect(event).toContain("\n        when 'widget.created' then ShapeEventWidgetCreated.new(value, strict:)\n");
    expect(contentsOf(files, 'token_state')).toContain('\n        when true then TokenStateActive.new(value, strict:)\n');
    expect(contentsOf(files, 'resource_target')).toContain('return ResourceByExternalId.new(value, strict:) if union.object_with?(%w[resource_external_id resource_type_slug])');
    expect(contentsOf(files, 'scalar_value')).toContain("\n        union.unknown(Unknown, %w[string number boolean], 'string, number or boolean')\n");
    expect(contentsOf(files, 'shape_event_widget_created')).toContain('\n      include ModelRuntime\n      include ShapeEvent\n');
  });

  test('const of every scalar kind, formats, read-only, write-only, examples and YARD @deprecated', () => {
    const widget = contentsOf(files, 'widget');
    expect(widget).toContain("@enabled = wire.field('enabled', [:literal, true])");
    expect(widget).toContain("@version = wire.field('version', [:literal, 2])");
    expect(widget).toContain('      # @return [Boolean]\n      attr_reader :enabled\n');
    expect(widget).toContain('      # Format: `date-time`.\n');
    expect(widget).toContain('      # Format: `int64`.\n');
    expect(widget).toContain('      # Read-only: the API sends it and ignores it in requests.\n');
    expect(widget).toContain('      # Write-only: the API accepts it and never sends it back.\n');
    expect(widget).toContain('      # Example: `"widget_01H"`.\n');
    expect(widget).toContain('      # Use `status` instead.\n      # @deprecated\n      # @return [String, nil]\n      attr_reader :legacy_code\n');
    expect(contentsOf(files, 'gadget')).toContain('    # Superseded by widgets.\n    # @deprecated\n    class Gadget\n');
    expect(contentsOf(files, 'widget_status')).toContain("\n      IN_REVIEW = 'in_review'\n");
  });

  test('is deterministic; the runtime has the union helpers only where there are unions, and the time ones only with the date option', async () => {
    expect(render()).toEqual(files);
    expect(contentsOf(files, 'model_runtime')).toContain('class UnionReader < Reader');
    expect(contentsOf(files, 'model_runtime')).not.toContain('parse_time');
    expect(contentsOf(render({ dateTime: 'Time' }), 'model_runtime')).toContain("require 'time'\n");
    const seeds = await renderSpecs(['ruby']);
    expect(seeds.files.find((f) => f.path.endsWith('/model_runtime.rb'))?.contents).not.toMatch(/UnionReader|parse_time/);
  });
});

describeWithToolchain('ruby checks and round-trips the OpenAPI shapes', ['ruby', 'rubocop'], () => {
  test.each([['string'], ['Time']])('with dateTime %s: ruby -wc, rubocop, and every payload reads and writes back equal, lenient and strict', (dateTime) => {
    const dir = writeTemp(render({ dateTime }), 'modelgen-ruby-shapes-');
    rubyCheck(dir);
    const cases = shapeFixtures(dir);
    const lines = rubyDriver(dir, SHAPES, cases, MODULE);
    const strictFailures: Readonly<Record<string, string>> = dateTime === 'string' ? {} : DATE_STRICT_ERRORS;
    expect(lines.map((l) => [path.basename(l.fixture, '.json'), l.json, l.symbol_keys, l.strict])).toEqual(
      cases.map((c) => [c.name, c.payload, c.payload, strictFailures[c.name] ? `${ERROR}: ${strictFailures[c.name]}` : null]),
    );
  });

  test('strict reading refuses a union value of a JSON kind no variant has; lenient reading keeps it as Unknown', () => {
    const dir = writeTemp(render(), 'modelgen-ruby-union-strict-');
    const cases = shapeFixtures(dir, UNION_STRICT_CASES);
    const lines = rubyDriver(dir, SHAPES, cases, MODULE);
    expect(lines.map((l) => l.json)).toEqual(cases.map((c) => c.payload));
    expect(lines.map((l) => l.strict)).toEqual(UNION_STRICT_CASES.map((c) => `${ERROR}: ${c.error}`));
    expect(lines[0].shapes.event).toBe('Acme::Shapes::ShapeEvent::Unknown');
  });

  test('with dateTime Time a date-time reads as a Time, writes back its text exactly, and a changed one is written fresh', () => {
    const dir = writeTemp(render({ dateTime: 'Time' }), 'modelgen-ruby-dates-');
    const script = [
      "require 'acme/shapes/widget'",
      'texts = ["2024-01-02T03:04:05.000Z", "2024-01-02t03:04:05+02:00", "2024-01-02T03:04:05.123456789Z", "2024-02-30T00:00:00Z", "tomorrow"]',
      'texts.each do |text|',
      '  w = Acme::Shapes::Widget.from_json({ created_at: text }.to_json)',
      '  later = w.created_at.is_a?(Time) ? Acme::Shapes::ModelRuntime.time_text(w.created_at + 86_400) : nil',
      '  puts [w.created_at.class.name, w.to_json, later].to_json',
      'end',
      'puts Acme::Shapes::ModelRuntime.time_text(Time.utc(2024, 1, 2, 3, 4, 5.5))',
    ].join('\n');
    const lines = run('ruby', ['-w', '-I', path.join(dir, 'ruby', 'lib'), '-e', script]).trim().split('\n');
    expect(lines).toEqual([
      JSON.stringify(['Time', '{"created_at":"2024-01-02T03:04:05.000Z"}', '2024-01-03T03:04:05.000Z']),
      JSON.stringify(['Time', '{"created_at":"2024-01-02t03:04:05+02:00"}', '2024-01-03T03:04:05.000+02:00']),
      JSON.stringify(['Time', '{"created_at":"2024-01-02T03:04:05.123456789Z"}', '2024-01-03T03:04:05.123456789Z']),
      JSON.stringify(['String', '{"created_at":"2024-02-30T00:00:00Z"}', null]),
      JSON.stringify(['String', '{"created_at":"tomorrow"}', null]),
      '2024-01-02T03:04:05.500Z',
    ]);
  });

  test('the batched compile check fails on what ruby -wc fails on: a syntax error, a warning', () => {
    for (const [name, code, error] of [['syntax', 'def f(', /syntax error/], ['warning', 'def f\n  x = 1\nend', /assigned but unused variable - x/]] as const) {
      const dir = writeTemp([{ path: `ruby/${name}.rb`, contents: `# frozen_string_literal: true\n\n${code}\n`, specs: [] }], 'modelgen-ruby-lint-');
      expect(() => rubyCheck(dir)).toThrow(error);
    }
  });

  test('int64 values are written back digit for digit', () => {
    const dir = writeTemp(render(), 'modelgen-ruby-int64-');
    const out = run('ruby', ['-w', '-I', path.join(dir, 'ruby', 'lib'), '-e', "require 'acme/shapes/widget'; puts Acme::Shapes::Widget.from_json('{\"size_bytes\": 9007199254740993}').to_json"]);
    expect(out.trim()).toBe('{"size_bytes":9007199254740993}');
  });
});
