import { TypeRef } from '../../src/ir/model';
import { autoloadPath } from '../../src/targets/ruby/naming';
import { docType, readerDocType, readExpression, writeExpression } from '../../src/targets/ruby/types';
import { modelsIn } from '../../src/ir/type-walk';

const string: TypeRef = { kind: 'string' };
const integer: TypeRef = { kind: 'integer' };
const number: TypeRef = { kind: 'number' };
const any: TypeRef = { kind: 'any' };
const node: TypeRef = { kind: 'model', modelId: 'tree_node', name: 'TreeNode' };
const group: TypeRef = { kind: 'model', modelId: 'directory_group', name: 'DirectoryGroup', qualifier: 'directorysync' };
const json: TypeRef = { kind: 'model', modelId: 'json', name: 'JSON' };
const list = (items: TypeRef): TypeRef => ({ kind: 'list', items });
const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
const nullable = (inner: TypeRef): TypeRef => ({ kind: 'nullable', inner });
const state: TypeRef = { kind: 'enum', name: 'State', variant: 'lowercase', members: [{ name: 'active', documentedName: 'active', wireValue: 'active', primary: true }] };

describe('ruby docType', () => {
  test.each<[string, TypeRef, string]>([
    ['string', string, 'String'],
    ['literal', { kind: 'literal', value: 'directory' }, 'String'],
    ['enum', state, 'String'],
    ['boolean', { kind: 'boolean' }, 'Boolean'],
    ['integer', integer, 'Integer'],
    ['number', number, 'Float'],
    ['any', any, 'Object'],
    ['list of models', list(group), 'Array<WorkOS::DirectoryGroup>'],
    ['list of lists', list(list(integer)), 'Array<Array<Integer>>'],
    ['map of any', map(any), 'Hash{String => Object}'],
    ['map of models', map(node), 'Hash{String => WorkOS::TreeNode}'],
    ['map of lists', map(list(number)), 'Hash{String => Array<Float>}'],
    ['nullable string', nullable(string), 'String, nil'],
    ['nullable list', nullable(list(string)), 'Array<String>, nil'],
    ['list of nullables', list(nullable(string)), 'Array<String, nil>'],
    ['map of nullable lists', map(nullable(list(integer))), 'Hash{String => Array<Integer>, nil}'],
    ['nullable nullable', nullable(nullable(string)), 'String, nil'],
    ['a model named after a reserved constant', json, 'WorkOS::JSONModel'],
  ])('%s → %s', (_what, type, expected) => {
    expect(docType(type, 'WorkOS')).toBe(expected);
  });

  test('qualifies models with a nested module path', () => {
    expect(docType(list(node), 'Acme::Sdk')).toBe('Array<Acme::Sdk::TreeNode>');
  });

  test.each<[TypeRef, boolean, string]>([
    [string, false, '[String]'],
    [string, true, '[String, nil]'],
    [nullable(string), false, '[String, nil]'],
    [nullable(string), true, '[String, nil]'],
    [list(nullable(string)), true, '[Array<String, nil>, nil]'],
  ])('reader of %j, optional %s → %s', (type, optional, expected) => {
    expect(readerDocType(type, optional, 'WorkOS')).toBe(expected);
  });
});

describe('ruby readExpression', () => {
  const source = "attributes['x']";
  test.each<[string, TypeRef, string]>([
    ['string', string, source],
    ['any', any, source],
    ['list of strings', list(string), source],
    ['list of lists of integers', list(list(integer)), source],
    ['nullable list', nullable(list(string)), source],
    ['map of any', map(any), `${source}&.transform_keys(&:to_s)`],
    ['map of lists', map(list(number)), `${source}&.transform_keys(&:to_s)`],
    ['model', node, `${source}&.then { |value| TreeNode.new(value) }`],
    ['nullable model', nullable(node), `${source}&.then { |value| TreeNode.new(value) }`],
    ['reserved model name', json, `${source}&.then { |value| JSONModel.new(value) }`],
    ['list of models', list(group), `${source}&.map { |item| item && DirectoryGroup.new(item) }`],
    ['list of nullable models', list(nullable(group)), `${source}&.map { |item| item && DirectoryGroup.new(item) }`],
    ['map of models', map(node), `${source}&.to_h { |key, value| [key.to_s, value && TreeNode.new(value)] }`],
    ['list of lists of models', list(list(node)), `${source}&.map { |item| item&.map { |item1| item1 && TreeNode.new(item1) } }`],
    ['map of maps of models', map(map(node)), `${source}&.to_h { |key, value| [key.to_s, value&.to_h { |key1, value1| [key1.to_s, value1 && TreeNode.new(value1)] }] }`],
    ['map of lists of strings under a list', list(map(list(string))), `${source}&.map { |item| item&.transform_keys(&:to_s) }`],
  ])('%s', (_what, type, expected) => {
    expect(readExpression(type, source)).toBe(expected);
  });
});

describe('ruby writeExpression', () => {
  test.each<[string, TypeRef, boolean, string]>([
    ['string', string, false, '@x'],
    ['map of any', map(any), false, '@x'],
    ['list of lists of integers', list(list(integer)), false, '@x'],
    ['model', node, false, '@x&.to_h'],
    ['model known non-nil', node, true, '@x.to_h'],
    ['nullable model', nullable(node), false, '@x&.to_h'],
    ['list of models', list(group), false, '@x&.map { |item| item&.to_h }'],
    ['list of models known non-nil', list(group), true, '@x.map { |item| item&.to_h }'],
    ['map of models', map(node), false, '@x&.transform_values { |value| value&.to_h }'],
    ['list of maps of models', list(map(node)), false, '@x&.map { |item| item&.transform_values { |value1| value1&.to_h } }'],
    ['string known non-nil', string, true, '@x'],
  ])('%s', (_what, type, nonNil, expected) => {
    expect(writeExpression(type, '@x', nonNil)).toBe(expected);
  });
});

describe('ruby references', () => {
  test('finds models at any depth', () => {
    expect(modelsIn(map(nullable(list(node)))).map((m) => m.name)).toEqual(['TreeNode']);
    expect(modelsIn(list(list(string)))).toEqual([]);
  });

  test.each([
    ['directory_group', '"#{__dir__}/directory_group"'],
    ['directory-user', '"#{__dir__}/directory_user"'],
    ['--', '"#{__dir__}/model"'],
  ])('autoload path of %s is %s', (id, expected) => {
    expect(autoloadPath(id)).toBe(expected);
  });
});
