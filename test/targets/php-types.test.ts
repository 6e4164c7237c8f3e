import { ModelType, TypeRef } from '../../src/ir/model';
import { classRefs } from '../../src/targets/php/class-refs';
import { docComment } from '../../src/targets/php/doc-comment';
import { call, flat, layout } from '../../src/targets/php/expr';
import { docType, Expressions, nativeType, needsDocType, needsWriting } from '../../src/targets/php/types';
import { admitsNull } from '../../src/ir/type-walk';

const str: TypeRef = { kind: 'string' };
const int: TypeRef = { kind: 'integer' };
const num: TypeRef = { kind: 'number' };
const bool: TypeRef = { kind: 'boolean' };
const any: TypeRef = { kind: 'any' };
const literal: TypeRef = { kind: 'literal', value: 'odd' };
const enumType: TypeRef = { kind: 'enum', name: 'State', variant: 'lowercase', members: [] };
const node: ModelType = { kind: 'model', modelId: 'tree_node', name: 'TreeNode', qualifier: 'Acme\\Forms' };
const list = (items: TypeRef): TypeRef => ({ kind: 'list', items });
const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
const nullable = (inner: TypeRef): TypeRef => ({ kind: 'nullable', inner });
const nameOf = (ref: ModelType): string => ref.name;

describe('php types', () => {
  test.each<[string, TypeRef, string, string]>([
    ['string', str, 'string', 'string'],
    ['literal', literal, 'string', 'string'],
    ['enum', enumType, 'string', 'string'],
    ['boolean', bool, 'bool', 'bool'],
    ['integer', int, 'int', 'int'],
    ['number', num, 'float', 'float'],
    ['any', any, 'mixed', 'mixed'],
    ['model', node, 'TreeNode', 'TreeNode'],
    ['list<boolean>', list(bool), 'array', 'list<bool>'],
    ['list<list<integer>>', list(list(int)), 'array', 'list<list<int>>'],
    ['map<string>', map(str), 'array', 'array<string, string>'],
    ['map<model>', map(node), 'array', 'array<string, TreeNode>'],
    ['map<list<number>>', map(list(num)), 'array', 'array<string, list<float>>'],
    ['nullable<string>', nullable(str), '?string', 'string|null'],
    ['nullable<model>', nullable(node), '?TreeNode', 'TreeNode|null'],
    ['nullable<list<string>>', nullable(list(str)), '?array', 'list<string>|null'],
    ['list<nullable<string>>', list(nullable(str)), 'array', 'list<string|null>'],
    ['nullable<any>', nullable(any), 'mixed', 'mixed'],
    ['nullable<nullable<integer>>', nullable(nullable(int)), '?int', 'int|null'],
    ['map<any>', map(any), 'array', 'array<string, mixed>'],
  ])('%s → native %s, PHPDoc %s', (_, type, native, doc) => {
    expect(nativeType(type, nameOf)).toBe(native);
    expect(docType(type, nameOf)).toBe(doc);
  });

  test.each<[TypeRef, boolean, boolean, boolean]>([
    [str, false, false, false],
    [any, true, false, false],
    [nullable(str), true, false, false],
    [list(str), false, true, false],
    [nullable(map(str)), true, true, true],
    [list(map(int)), false, true, true],
    [list(node), false, true, false],
    [map(node), false, true, true],
  ])('%j: admits null %s, needs @var %s, needs writing %s', (type, nulls, docs, writes) => {
    expect([admitsNull(type), needsDocType(type), needsWriting(type)]).toEqual([nulls, docs, writes]);
  });
});

describe('php read and write expressions', () => {
  test.each<[string, TypeRef, boolean, string]>([
    ['required string', str, false, "$wire->required($data, 'k', 'string', $wire->string(...))"],
    ['optional string', str, true, "$wire->optional($data, 'k', $wire->string(...))"],
    ['nullable string', nullable(str), false, "$wire->required($data, 'k', 'string', $wire->nullable($wire->string(...)))"],
    ['optional any', any, true, "$wire->optional($data, 'k', $wire->any(...))"],
    ['nullable any', nullable(any), false, "$wire->required($data, 'k', 'value', $wire->any(...))"],
    ['number', num, false, "$wire->required($data, 'k', 'number', $wire->float(...))"],
    ['literal', { kind: 'literal', value: 'directory' }, false, `$wire->required($data, 'k', '"directory"', $wire->literal('directory'))`],
    ['list<list<integer>>', list(list(int)), false, "$wire->required($data, 'k', 'array', $wire->listOf($wire->listOf($wire->int(...))))"],
    ['list<nullable<string>>', list(nullable(str)), false, "$wire->required($data, 'k', 'array', $wire->listOf($wire->nullable($wire->string(...))))"],
    ['map<model>', map(node), true, "$wire->optional($data, 'k', $wire->mapOf($wire->model(TreeNode::fromArray(...))))"],
    ['map<boolean>', map(bool), false, "$wire->required($data, 'k', 'object', $wire->mapOf($wire->bool(...)))"],
    ['model', node, false, "$wire->required($data, 'k', 'object', $wire->model(TreeNode::fromArray(...)))"],
  ])('reads %s', (_, type, optional, expected) => {
    expect(flat(new Expressions(nameOf).readProperty(type, optional, "'k'"))).toBe(expected);
  });

  test.each<[string, TypeRef, string]>([
    ['string', str, '$this->v'],
    ['model', node, '$this->v'],
    ['list<model>', list(node), '$this->v'],
    ['any', any, '$this->v'],
    ['map<any>', map(any), 'ModelRuntime::toObject($this->v)'],
    ['nullable<map<list<number>>>', nullable(map(list(num))), 'ModelRuntime::toObject($this->v)'],
    ['list<map<integer>>', list(map(int)), 'ModelRuntime::listEach(ModelRuntime::toObject(...))($this->v)'],
    ['map<map<number>>', map(map(num)), 'ModelRuntime::mapEach(ModelRuntime::toObject(...))($this->v)'],
    ['list<nullable<list<map<string>>>>', list(nullable(list(map(str)))), 'ModelRuntime::listEach(ModelRuntime::listEach(ModelRuntime::toObject(...)))($this->v)'],
  ])('writes %s', (_, type, expected) => expect(flat(new Expressions(nameOf).write(type, '$this->v'))).toBe(expected));
});

describe('php expression layout', () => {
  const short = call('self::field', '$data', "'id'", 'self::readString(...)');

  test('fits on one line', () => expect(layout(short, 12, 'id: ', ',')).toEqual(["id: self::field($data, 'id', self::readString(...)),"]));

  test('breaks the outermost call, one argument per line, only as far as needed', () => {
    const long = call('self::fieldOrNull', '$data', `'${'k'.repeat(60)}'`, call('self::mapOf', call('self::modelOf', 'TreeNode::fromArray(...)')));
    expect(layout(long, 12, 'name: ', ',')).toEqual([
      'name: self::fieldOrNull(',
      '    $data,',
      `    '${'k'.repeat(60)}',`,
      '    self::mapOf(self::modelOf(TreeNode::fromArray(...))),',
      '),',
    ]);
  });

  test('a called call breaks its arguments, and its callee only when that is too long too', () => {
    const expr = call(call('self::mapEach', call('self::listEach', 'self::toObject(...)')), `$this->${'p'.repeat(70)}`);
    expect(layout(expr, 12, `'${'w'.repeat(30)}' => `, ',')).toEqual([
      `'${'w'.repeat(30)}' => self::mapEach(self::listEach(self::toObject(...)))(`,
      `    $this->${'p'.repeat(70)},`,
      '),',
    ]);
    expect(layout(expr, 12, `'${'w'.repeat(60)}' => `, ',')).toEqual([
      `'${'w'.repeat(60)}' => self::mapEach(`,
      '    self::listEach(self::toObject(...)),',
      ')(',
      `    $this->${'p'.repeat(70)},`,
      '),',
    ]);
  });
});

describe('php class references', () => {
  const ref = (name: string, qualifier?: string): ModelType => ({ kind: 'model', modelId: name.toLowerCase(), name, qualifier });

  test('same namespace: short names, no imports; another namespace: imported, sorted', () => {
    const refs = classRefs('Acme\\A', 'Holder', [ref('Part', 'Acme\\A'), list(ref('Zed', 'Acme\\B')), map(ref('Gear', 'Acme\\B'))], undefined);
    expect(refs.imports).toEqual(['Acme\\B\\Gear', 'Acme\\B\\Zed']);
    expect([refs.nameOf(ref('Part', 'Acme\\A')), refs.nameOf(ref('Zed', 'Acme\\B')), refs.nameOf(ref('Gear', 'Acme\\B'))]).toEqual(['Part', 'Zed', 'Gear']);
  });

  test('a short name taken by the class itself, its own namespace or an earlier import is fully qualified', () => {
    const types = [ref('Holder', 'Acme\\B'), ref('Part', 'Acme\\A'), ref('PART', 'Acme\\C'), ref('Gear', 'Acme\\C'), ref('Gear', 'Acme\\B')];
    const refs = classRefs('Acme\\A', 'Holder', types, undefined);
    expect(refs.imports).toEqual(['Acme\\B\\Gear']);
    expect(types.map(refs.nameOf)).toEqual(['\\Acme\\B\\Holder', 'Part', '\\Acme\\C\\PART', '\\Acme\\C\\Gear', 'Gear']);
  });

  test('self references and the namespace option keep short names; reserved names are sanitised', () => {
    const refs = classRefs('Acme\\Sdk', 'TreeNode', [node, ref('List', 'Other')], 'Acme\\Sdk');
    expect(refs.imports).toEqual([]);
    expect([refs.nameOf(node), refs.nameOf(ref('List', 'Other'))]).toEqual(['TreeNode', 'ListModel']);
  });
});

describe('php doc comment tags', () => {
  test('tags follow the text as their own paragraph, unescaped', () => {
    expect(docComment(['The flags.'], 8, ['@var list<bool>'])).toEqual({ lines: ['The flags.', '', '@var list<bool>'], single: null });
    expect(docComment([], 8, ['@var list<bool>'])).toEqual({ lines: ['@var list<bool>'], single: '@var list<bool>' });
    expect(docComment(['@var is text here'], 8).lines).toEqual(['\\@var is text here']);
  });
});
