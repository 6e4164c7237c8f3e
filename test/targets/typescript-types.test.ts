import { EnumType, TypeRef } from '../../src/ir/model';
import { parameterName } from '../../src/targets/typescript/naming';
import { tsType } from '../../src/targets/typescript/types';
import { enumsIn, modelsIn } from '../../src/ir/type-walk';
import { entry } from '../../src/targets/typescript/view-model';

const str: TypeRef = { kind: 'string' };
const int: TypeRef = { kind: 'integer' };
const model: TypeRef = { kind: 'model', modelId: 'tree_node', name: 'TreeNode' };
const nullable = (inner: TypeRef): TypeRef => ({ kind: 'nullable', inner });
const list = (items: TypeRef): TypeRef => ({ kind: 'list', items });
const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
/** A normalised enum (`linked` on the wire is `active` in the SDK) and a plain one. */
const state: EnumType = {
  kind: 'enum',
  name: 'DirectoryState',
  variant: 'lowercaseNormalized',
  members: [
    { name: 'active', documentedName: 'active', wireValue: 'linked', primary: true },
    { name: 'validating', documentedName: 'validating', wireValue: 'validating', primary: true },
  ],
};
const kind: EnumType = { kind: 'enum', name: 'NodeKind', variant: 'lowercase', members: [{ name: 'branch', documentedName: 'branch', wireValue: 'branch', primary: true }] };

describe('typescript types: SDK type, wire type', () => {
  test.each<[string, TypeRef, string, string]>([
    ['string', str, 'string', 'string'],
    ['literal', { kind: 'literal', value: 'directory' }, '"directory"', '"directory"'],
    ['boolean', { kind: 'boolean' }, 'boolean', 'boolean'],
    ['integer', int, 'number', 'number'],
    ['number', { kind: 'number' }, 'number', 'number'],
    ['any', { kind: 'any' }, 'unknown', 'unknown'],
    ['enum', kind, 'NodeKind', 'NodeKind'],
    ['normalised enum', state, 'DirectoryState', 'DirectoryStateResponse'],
    ['model', model, 'TreeNode', 'TreeNodeResponse'],
    ['reserved model name', { kind: 'model', modelId: 'x', name: 'object' }, 'object_', 'object_Response'],
    ['nullable', nullable(str), 'string | null', 'string | null'],
    ['list', list(int), 'number[]', 'number[]'],
    ['list of lists', list(list(int)), 'number[][]', 'number[][]'],
    ['list of nullables', list(nullable(str)), '(string | null)[]', '(string | null)[]'],
    ['nullable list', nullable(list(str)), 'string[] | null', 'string[] | null'],
    ['list of lists of nullable models', list(list(nullable(model))), '(TreeNode | null)[][]', '(TreeNodeResponse | null)[][]'],
    ['map', map(str), 'Record<string, string>', 'Record<string, string>'],
    ['map of any', map({ kind: 'any' }), 'Record<string, unknown>', 'Record<string, unknown>'],
    ['map of models', map(model), 'Record<string, TreeNode>', 'Record<string, TreeNodeResponse>'],
    ['map of lists', map(list({ kind: 'number' })), 'Record<string, number[]>', 'Record<string, number[]>'],
    ['map of nullables', map(nullable(model)), 'Record<string, TreeNode | null>', 'Record<string, TreeNodeResponse | null>'],
    ['list of maps', list(map(state)), 'Record<string, DirectoryState>[]', 'Record<string, DirectoryStateResponse>[]'],
  ])('%s', (_, type, sdk, wire) => {
    expect([tsType(type).type, tsType(type).wireType]).toEqual([sdk, wire]);
  });
});

describe('typescript types: reading and writing a value `v`', () => {
  test.each<[string, TypeRef, string, string]>([
    ['string passes through', str, 'v', 'v'],
    ['list of strings passes through', list(str), 'v', 'v'],
    ['any passes through', map({ kind: 'any' }), 'v', 'v'],
    ['plain enum passes through', list(kind), 'v', 'v'],
    ['normalised enum', state, 'deserializeDirectoryState(v)', 'serializeDirectoryState(v)'],
    ['list of normalised enums', list(state), 'v.map(deserializeDirectoryState)', 'v.map(serializeDirectoryState)'],
    ['model', model, 'deserializeTreeNode(v)', 'serializeTreeNode(v)'],
    ['nullable model', nullable(model), 'v === null ? null : deserializeTreeNode(v)', 'v === null ? null : serializeTreeNode(v)'],
    ['list of models', list(model), 'v.map(deserializeTreeNode)', 'v.map(serializeTreeNode)'],
    ['list of nullable models', list(nullable(model)), 'v.map((item) => item === null ? null : deserializeTreeNode(item))', 'v.map((item) => item === null ? null : serializeTreeNode(item))'],
    ['nullable list of models', nullable(list(model)), 'v === null ? null : v.map(deserializeTreeNode)', 'v === null ? null : v.map(serializeTreeNode)'],
    ['list of lists of models', list(list(model)), 'v.map((item) => item.map(deserializeTreeNode))', 'v.map((item) => item.map(serializeTreeNode))'],
    [
      'map of models',
      map(model),
      'Object.fromEntries(Object.entries(v).map(([key, value]) => [key, deserializeTreeNode(value)] as const))',
      'Object.fromEntries(Object.entries(v).map(([key, value]) => [key, serializeTreeNode(value)] as const))',
    ],
    [
      'map of maps of lists of models: nested parameters do not shadow',
      map(map(list(model))),
      'Object.fromEntries(Object.entries(v).map(([key, value]) => [key, Object.fromEntries(Object.entries(value).map(([key2, value2]) => [key2, value2.map(deserializeTreeNode)] as const))] as const))',
      'Object.fromEntries(Object.entries(v).map(([key, value]) => [key, Object.fromEntries(Object.entries(value).map(([key2, value2]) => [key2, value2.map(serializeTreeNode)] as const))] as const))',
    ],
    [
      'list of lists of nullable models',
      list(list(nullable(model))),
      'v.map((item) => item.map((item2) => item2 === null ? null : deserializeTreeNode(item2)))',
      'v.map((item) => item.map((item2) => item2 === null ? null : serializeTreeNode(item2)))',
    ],
  ])('%s', (_, type, read, write) => {
    const t = tsType(type);
    expect([t.read ? t.read.apply('v') : 'v', t.write ? t.write.apply('v') : 'v']).toEqual([read, write]);
  });
});

describe('typescript types: object literal entries', () => {
  const convert = tsType(nullable(model)).read;
  test.each<[string, boolean, string, string, ReturnType<typeof tsType>['read'], string]>([
    ['required', false, 'id', 'response.id', null, 'id: response.id'],
    ['required, converted', false, 'parent', 'response.parent', convert, 'parent: response.parent === null ? null : deserializeTreeNode(response.parent)'],
    ['optional: absent stays absent', true, 'label', 'response.label', null, '...(response.label === undefined ? {} : { label: response.label })'],
    ['optional and nullable: null stays null', true, 'parent', 'r.parent', convert, '...(r.parent === undefined ? {} : { parent: r.parent === null ? null : deserializeTreeNode(r.parent) })'],
    ['quoted key', true, '"odd key"', 'r["odd key"]', null, '...(r["odd key"] === undefined ? {} : { "odd key": r["odd key"] })'],
  ])('%s', (_, optional, key, value, c, expected) => {
    expect(entry(optional, key, value, c)).toBe(expected);
  });
});

describe('typescript types: enums and models a type mentions', () => {
  test('walks lists, maps and nullables', () => {
    expect(modelsIn(map(list(nullable(model)))).map((m) => m.name)).toEqual(['TreeNode']);
    expect(enumsIn(list(state)).map((e) => e.name)).toEqual(['DirectoryState']);
    expect([...enumsIn(str), ...modelsIn(str)]).toEqual([]);
  });
});

describe('typescript serializer parameter names', () => {
  test.each([
    ['directoryGroup', 'directoryGroup'],
    ['default', 'default_'],
    ['delete', 'delete_'],
    ['new', 'new_'],
  ])('%j → %j', (name, expected) => {
    expect(parameterName(name)).toBe(expected);
  });
});
