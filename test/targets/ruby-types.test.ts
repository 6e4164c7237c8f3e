import { TypeRef } from '../../src/ir/model';
import { autoloadPath } from '../../src/targets/ruby/naming';
import { docType, readerDocType, typeDescriptor, writeExpression } from '../../src/targets/ruby/types';
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

describe('ruby typeDescriptor', () => {
  const literal: TypeRef = { kind: 'literal', value: "it's" };
  test.each<[string, TypeRef, string]>([
    ['string', string, ':string'],
    ['enum', state, ':string'],
    ['literal', literal, `[:literal, "it's"]`],
    ['any', any, ':any'],
    ['list of strings', list(string), '%i[list string]'],
    ['list of lists of integers', list(list(integer)), '[:list, %i[list integer]]'],
    ['nullable list', nullable(list(string)), '[:nullable, %i[list string]]'],
    ['map of any', map(any), '%i[map any]'],
    ['map of lists', map(list(number)), '[:map, %i[list number]]'],
    ['model', node, 'TreeNode'],
    ['nullable model', nullable(node), '[:nullable, TreeNode]'],
    ['reserved model name', json, 'JSONModel'],
    ['list of nullable models', list(nullable(group)), '[:list, [:nullable, DirectoryGroup]]'],
    ['map of maps of models', map(map(node)), '[:map, [:map, TreeNode]]'],
  ])('%s', (_what, type, expected) => {
    expect(typeDescriptor(type)).toBe(expected);
  });
});

describe('ruby writeExpression', () => {
  test.each<[string, TypeRef, string]>([
    ['string', string, '@x'],
    ['map of any', map(any), '@x'],
    ['list of lists of integers', list(list(integer)), '@x'],
    ['model', node, 'ModelRuntime.wire_value(@x)'],
    ['list of maps of models', list(map(node)), 'ModelRuntime.wire_value(@x)'],
  ])('%s', (_what, type, expected) => {
    expect(writeExpression(type, '@x')).toBe(expected);
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
