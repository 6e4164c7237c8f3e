/**
 * The PHP target on the hand-built IR of OpenAPI shapes (issue 15): named
 * enums, unions of every kind, `const` of every scalar kind, formats,
 * deprecation and the `dateTime` option. The output passes `php -l` and
 * phpcs PSR-12, and every payload reads and writes back equal, lenient and
 * strict; an unknown discriminator or an unmatched object is kept raw.
 */
import { SHAPES } from '../support/openapi-shapes';
import { phpTarget } from '../../src/targets/php';
import { TemplateEngine } from '../../src/render/template-engine';
import { RenderedFile } from '../../src/targets/target';
import { DATE_STRICT_ERRORS, shapeFixtures, UNION_STRICT_CASES } from '../support/openapi-shape-cases';
import { renderSpecs, writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';
import { phpCheck, phpDriver } from '../support/drivers';
import { phpClassNames } from '../../src/targets/php/class-refs';

const NAMESPACE = 'Acme\\Shapes';
const EXCEPTION = `${NAMESPACE}\\ModelValidationException`;

function render(options: Record<string, string> = {}): RenderedFile[] {
  return phpTarget.render({ ...SHAPES, options: { namespace: NAMESPACE, psr4Prefix: '', dateTime: 'string', ...options }, dir: 'php' }, new TemplateEngine());
}

const contentsOf = (files: readonly RenderedFile[], name: string) => {
  const found = files.find((f) => f.path === `php/Acme/Shapes/${name}.php`);
  if (!found) throw new Error(`not rendered: ${name}; got ${files.map((f) => f.path).join(', ')}`);
  return found.contents;
};

const classes = phpClassNames(SHAPES.models, NAMESPACE);
const classOf = (id: string) => `${NAMESPACE}\\${classes.get(id) as string}`;


describe('php renders the OpenAPI shapes', () => {
  const files = render();

  test('a union is an interface, a reader, an Unknown class and a wrapper per variant that is not an object model', () => {
    const names = files.map((f) => f.path.replace('php/Acme/Shapes/', ''));
    expect(names).toEqual(expect.arrayContaining(['ShapeEvent.php', 'ShapeEventReader.php', 'ShapeEventUnknown.php', 'ScalarValue.php', 'ScalarValueString.php', 'ScalarValueNumber.php', 'ScalarValueBoolean.php', 'WidgetStatus.php']));
    expect(names).not.toContain('ShapeEventWidgetCreated2.php');
    expect(contentsOf(files, 'ShapeEventWidgetCreated')).toContain('\nfinal class ShapeEventWidgetCreated implements \\JsonSerializable, ShapeEvent\n');
    expect(contentsOf(files, 'ShapeEvent')).toContain('\ninterface ShapeEvent extends \\JsonSerializable\n');
    expect(contentsOf(files, 'ShapeEventReader')).toContain("\n            'widget.created' => ShapeEventWidgetCreated::fromArray($object, $strict),\n");
    expect(contentsOf(files, 'TokenStateReader')).toContain('\n            true => TokenStateActive::fromArray($object, $strict),\n');
    expect(contentsOf(files, 'ResourceTargetReader')).toContain("if ($object !== null && $wire->matches($object, ['resource_external_id', 'resource_type_slug'])) {");
  });

  test('const of every scalar kind has its PHP type and literal', () => {
    const widget = contentsOf(files, 'Widget');
    expect(widget).toContain('\n        public readonly ?bool $enabled,\n');
    expect(widget).toContain('\n        public readonly ?int $version,\n');
    expect(widget).toContain("enabled: $wire->required($data, 'enabled', 'true', $wire->literal(true)),");
    expect(widget).toContain("version: $wire->required($data, 'version', '2', $wire->literal(2)),");
    expect(widget).toContain("object: $wire->required($data, 'object', '\"widget\"', $wire->literal('widget')),");
  });

  test('formats, read-only, write-only, examples and deprecation are in the doc comments', () => {
    const widget = contentsOf(files, 'Widget');
    expect(widget).toContain('         * Format: `date-time`.\n');
    expect(widget).toContain('         * Format: `int64`.\n');
    expect(widget).toContain('         * Read-only: the API sends it and ignores it in requests.\n');
    expect(widget).toContain('/** Write-only: the API accepts it and never sends it back. */');
    expect(widget).toContain('         * Example: `"widget_01H"`.\n');
    expect(widget).toMatch(/Use `status` instead\.\n(?:.*\n)*? {9}\* @deprecated\n {9}\*\/\n {8}public readonly \?string \$legacyCode = null,/);
    expect(contentsOf(files, 'Gadget')).toMatch(/\n \* @deprecated\n \*\/\nfinal class Gadget /);
    expect(contentsOf(files, 'WidgetStatus')).toContain("\n    public const IN_REVIEW = 'in_review';\n");
  });

  test('is deterministic; the runtime has the union helpers only where there are unions, and the date ones only with the date option', async () => {
    expect(render()).toEqual(files);
    expect(contentsOf(files, 'ModelRuntime')).toContain('public function union(');
    expect(contentsOf(files, 'ModelRuntime')).not.toContain('function dateTime(');
    expect(contentsOf(render({ dateTime: 'DateTimeImmutable' }), 'ModelRuntime')).toContain('function dateTime(');
    const seeds = await renderSpecs(['php']);
    expect(seeds.files.find((f) => f.path.endsWith('/ModelRuntime.php'))?.contents).not.toMatch(/function (union|dateTime)\(/);
  });
});

describeWithToolchain('php compiles and round-trips the OpenAPI shapes', ['php', 'phpcs'], () => {
  test.each([['string'], ['DateTimeImmutable']])('with dateTime %s: php -l, phpcs, and every payload reads and writes back equal, lenient and strict', (dateTime) => {
    const files = render({ dateTime });
    const dir = writeTemp(files, 'modelgen-php-shapes-');
    phpCheck(dir);
    const cases = shapeFixtures(dir);
    const results = phpDriver(dir, SHAPES, cases, ['json', 'array', 'strict'], classOf);
    const strictFailures: Readonly<Record<string, string>> = dateTime === 'string' ? {} : DATE_STRICT_ERRORS;
    for (const result of results) {
      const payload = cases.find((c) => c.name === result.fixture)?.payload;
      const failure = result.mode === 'strict' ? strictFailures[result.fixture] : undefined;
      expect({ fixture: result.fixture, mode: result.mode, out: result.json ?? result.error }).toEqual({ fixture: result.fixture, mode: result.mode, out: failure ? `${EXCEPTION}: ${failure}` : payload });
    }
  });

  test('strict reading refuses a union value of a JSON kind no variant has; lenient reading keeps it as Unknown', () => {
    const dir = writeTemp(render(), 'modelgen-php-union-strict-');
    const cases = shapeFixtures(dir, UNION_STRICT_CASES);
    const results = phpDriver(dir, SHAPES, cases, ['json', 'array', 'strict'], classOf);
    expect(results.filter((r) => r.mode !== 'strict').map((r) => [r.fixture, r.json])).toEqual([...cases, ...cases].map((c) => [c.name, c.payload]));
    expect(results.filter((r) => r.mode === 'strict').map((r) => r.error)).toEqual(UNION_STRICT_CASES.map((c) => `${EXCEPTION}: ${c.error}`));
  });

  test('with dateTime DateTimeImmutable a date-time reads as \\DateTimeImmutable, writes back its text exactly, and a changed one is written fresh', () => {
    const files = render({ dateTime: 'DateTimeImmutable' });
    expect(contentsOf(files, 'Widget')).toContain('\n        public readonly ?\\DateTimeImmutable $createdAt,\n');
    const dir = writeTemp(files, 'modelgen-php-dates-');
    const script = [
      `spl_autoload_register(fn ($c) => require '${dir}/php/' . str_replace('\\\\', '/', $c) . '.php');`,
      'foreach (["2024-01-02T03:04:05.000Z", "2024-01-02t03:04:05+02:00", "2024-01-02T03:04:05.123456789Z", "2024-02-30T00:00:00Z", "tomorrow"] as $text) {',
      '  $w = \\Acme\\Shapes\\Widget::fromJson(json_encode(["created_at" => $text]));',
      '  echo json_encode([get_debug_type($w->createdAt), json_encode($w), \\Acme\\Shapes\\ModelRuntime::dateText($w->createdAt?->modify("+1 day"))]), "\\n";',
      '}',
      'echo \\Acme\\Shapes\\ModelRuntime::dateText(new \\DateTimeImmutable("2024-01-02 03:04:05.5", new \\DateTimeZone("UTC"))), "\\n";',
    ].join('\n');
    const lines = run('php', ['-r', script]).trim().split('\n');
    expect(lines).toEqual([
      JSON.stringify(['DateTimeImmutable', '{"created_at":"2024-01-02T03:04:05.000Z"}', '2024-01-03T03:04:05.000Z']),
      JSON.stringify(['DateTimeImmutable', '{"created_at":"2024-01-02t03:04:05+02:00"}', '2024-01-03T03:04:05.000+02:00']),
      JSON.stringify(['DateTimeImmutable', '{"created_at":"2024-01-02T03:04:05.123456789Z"}', '2024-01-03T03:04:05.123456Z']),
      JSON.stringify(['null', '{"created_at":"2024-02-30T00:00:00Z"}', null]),
      JSON.stringify(['null', '{"created_at":"tomorrow"}', null]),
      '2024-01-02T03:04:05.500Z',
    ]);
  });

  test('the batched compile check fails on what php -l fails on: a parse error, a method declared twice', () => {
    for (const [name, code, error] of [['Parse', 'final class Parse {', /Parse error/], ['Twice', 'final class Twice { public function f(): void {} public function f(): void {} }', /Cannot redeclare/]] as const) {
      const dir = writeTemp([{ path: `php/${name}.php`, contents: `<?php\n${code}\n`, specs: [] }], 'modelgen-php-lint-');
      expect(() => phpCheck(dir)).toThrow(error);
    }
  });

  test('int64 values are written back digit for digit', () => {
    const dir = writeTemp(render(), 'modelgen-php-int64-');
    const out = run('php', ['-r', `spl_autoload_register(fn ($c) => require '${dir}/php/' . str_replace('\\\\', '/', $c) . '.php'); echo json_encode(\\Acme\\Shapes\\Widget::fromJson('{"size_bytes": 9007199254740993}'));`]);
    expect(out).toBe('{"size_bytes":9007199254740993}');
  });
});
