/** The PHP type mapping of what OpenAPI adds: const of every kind, named enums, unions and the date option (PHP's and Ruby's, as the config reads them). */
import { ModelType, TypeRef } from '../../src/ir/model';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { parseConfig } from '../../src/config/config';
import { call, flat, ifLines, layout, markUnbreakableLines, signature, array } from '../../src/targets/php/expr';
import { docType, Expressions, literalSource, nativeType, needsWriting } from '../../src/targets/php/types';

const nameOf = (ref: ModelType): string => ref.name;
const union: ModelType = { kind: 'model', modelId: 'shape_event', name: 'ShapeEvent', modelKind: 'union' };
const status: ModelType = { kind: 'model', modelId: 'widget_status', name: 'WidgetStatus', modelKind: 'enum' };
const date: TypeRef = { kind: 'string', format: 'date-time' };
const context = { readerOf: (ref: ModelType) => `${ref.name}Reader`, unionExpects: () => 'object', dates: true };

describe('php types of OpenAPI shapes', () => {
  test.each<[string, TypeRef, string, string]>([
    ['string const', { kind: 'literal', value: 'widget' }, 'string', "'widget'"],
    ['boolean const', { kind: 'literal', value: false }, 'bool', 'false'],
    ['integer const', { kind: 'literal', value: 2 }, 'int', '2'],
    ['number const', { kind: 'literal', value: 0.5 }, 'float', '0.5'],
  ])('%s → %s, literal %s', (_, type, native, literal) => {
    expect(nativeType(type, nameOf)).toBe(native);
    expect(literalSource((type as { value: string | number | boolean }).value)).toBe(literal);
  });

  test('a named enum is an open string; a union its interface; date-time a \\DateTimeImmutable only with the option', () => {
    expect([nativeType(status, nameOf), nativeType(union, nameOf), docType({ kind: 'list', items: union }, nameOf)]).toEqual(['string', 'ShapeEvent', 'list<ShapeEvent>']);
    expect([nativeType(date, nameOf), nativeType(date, nameOf, true), docType({ kind: 'map', values: date }, nameOf, true)]).toEqual(['string', '\\DateTimeImmutable', 'array<string, \\DateTimeImmutable>']);
    expect([needsWriting(date), needsWriting({ kind: 'list', items: date }, true), needsWriting(union)]).toEqual([false, true, false]);
  });

  test('unions read through their reader, enums as strings, dates with dateTime and are written as text', () => {
    const expressions = new Expressions(nameOf, context);
    expect(flat(expressions.readProperty(union, false, "'e'"))).toBe("$wire->required($data, 'e', 'object', $wire->union(ShapeEventReader::fromValue(...)))");
    expect(flat(expressions.readProperty(status, true, "'s'"))).toBe("$wire->optional($data, 's', $wire->string(...))");
    expect(flat(expressions.readProperty(date, false, "'d'"))).toBe("$wire->required($data, 'd', 'string', $wire->dateTime(...))");
    expect(flat(expressions.write({ kind: 'list', items: date }, '$this->d'))).toBe('ModelRuntime::listEach(ModelRuntime::dateText(...))($this->d)');
  });
});

describe('php layout of long lines', () => {
  const long = 'X'.repeat(100);

  test('arrays, signatures and if conditions break to PSR-12 forms past 120 columns', () => {
    expect(layout(array("'a'", "'b'"), 8)).toEqual(["['a', 'b']"]);
    expect(layout(array(`'${long}${long}'`, "'b'"), 8, '', ',')).toEqual(['[', `    '${long}${long}',`, "    'b',", '],']);
    expect(signature('public static function f', ['int $a'], 'T', 4)).toEqual(['public static function f(int $a): T', '{']);
    expect(signature('public static function f', ['int $a', 'int $b'], long, 4)).toEqual(['public static function f(', '    int $a,', '    int $b,', `): ${long} {`]);
    expect(ifLines('$a', 8)).toEqual(['if ($a) {']);
    expect(ifLines(call('$wire->matches', '$object', `'${long}'`), 8)).toEqual(['if (', '    $wire->matches(', '        $object,', `        '${long}',`, '    )', ') {']);
  });

  test('only code lines no layout could shorten are marked for phpcs; doc comments are left alone', () => {
    const text = ['<?php', '/**', ` * ${long}${long}`, ' */', `    $x = ${long}${long};`, '    $y = 1;'].join('\n');
    expect(markUnbreakableLines(text).split('\n')).toEqual(['<?php', '/**', ` * ${long}${long}`, ' */', `    $x = ${long}${long}; // phpcs:ignore Generic.Files.LineLength.TooLong`, '    $y = 1;']);
  });
});

describe('the php dateTime option', () => {
  test('takes string or DateTimeImmutable; anything else is MG201 at the value, with what it expects', () => {
    const bag = new DiagnosticBag();
    parseConfig('modelgen.config.yaml', 'targets:\n  php:\n    dateTime: Date\n  ruby:\n    dateTime: DateTime\n', bag);
    expect(bag.all.map((d) => [d.code, d.message, d.location?.line, d.location?.column])).toEqual([
      ['MG201', '`targets.php.dateTime`: expected `string` or `DateTimeImmutable`', 3, 15],
      ['MG201', '`targets.ruby.dateTime`: expected `string` or `Time`', 5, 15],
    ]);
  });
});
