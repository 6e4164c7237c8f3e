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
    ['list of normalised enums', list(state), 'runtime.convertList(v, deserializeDirectoryState)', 'runtime.convertList(v, serializeDirectoryState)'],
    ['model: converted only when a JSON object', model, 'runtime.convertModel(v, deserializeTreeNode)', 'runtime.convertModel(v, serializeTreeNode)'],
    ['nullable model', nullable(model), 'v === null ? null : runtime.convertModel(v, deserializeTreeNode)', 'v === null ? null : runtime.convertModel(v, serializeTreeNode)'],
    ['list of models', list(model), 'runtime.convertList(v, (item) => runtime.convertModel(item, deserializeTreeNode))', 'runtime.convertList(v, (item) => runtime.convertModel(item, serializeTreeNode))'],
    [
      'list of nullable models',
      list(nullable(model)),
      'runtime.convertList(v, (item) => (item === null ? null : runtime.convertModel(item, deserializeTreeNode)))',
      'runtime.convertList(v, (item) => (item === null ? null : runtime.convertModel(item, serializeTreeNode)))',
    ],
    [
      'nullable list of models',
      nullable(list(model)),
      'v === null ? null : runtime.convertList(v, (item) => runtime.convertModel(item, deserializeTreeNode))',
      'v === null ? null : runtime.convertList(v, (item) => runtime.convertModel(item, serializeTreeNode))',
    ],
    [
      'list of lists of models',
      list(list(model)),
      'runtime.convertList(v, (item) => runtime.convertList(item, (item2) => runtime.convertModel(item2, deserializeTreeNode)))',
      'runtime.convertList(v, (item) => runtime.convertList(item, (item2) => runtime.convertModel(item2, serializeTreeNode)))',
    ],
    ['map of models', map(model), 'runtime.convertMap(v, (value) => runtime.convertModel(value, deserializeTreeNode))', 'runtime.convertMap(v, (value) => runtime.convertModel(value, serializeTreeNode))'],
    [
      'map of maps of lists of models: nested parameters do not shadow',
      map(map(list(model))),
      'runtime.convertMap(v, (value) => runtime.convertMap(value, (value2) => runtime.convertList(value2, (item3) => runtime.convertModel(item3, deserializeTreeNode))))',
      'runtime.convertMap(v, (value) => runtime.convertMap(value, (value2) => runtime.convertList(value2, (item3) => runtime.convertModel(item3, serializeTreeNode))))',
    ],
    [
      'list of lists of nullable models',
      list(list(nullable(model))),
      'runtime.convertList(v, (item) => runtime.convertList(item, (item2) => (item2 === null ? null : runtime.convertModel(item2, deserializeTreeNode))))',
      'runtime.convertList(v, (item) => runtime.convertList(item, (item2) => (item2 === null ? null : runtime.convertModel(item2, serializeTreeNode))))',
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
    ['required, converted', false, 'parent', 'response.parent', convert, 'parent: response.parent === null ? null : runtime.convertModel(response.parent, deserializeTreeNode)'],
    ['optional: absent stays absent', true, 'label', 'response.label', null, '...(response.label === undefined ? {} : { label: response.label })'],
    ['optional and nullable: null stays null', true, 'parent', 'r.parent', convert, '...(r.parent === undefined ? {} : { parent: r.parent === null ? null : runtime.convertModel(r.parent, deserializeTreeNode) })'],
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
    // It would shadow the module's `runtime` import inside the serializer.
    ['runtime', 'runtime_'],
  ])('%j → %j', (name, expected) => {
    expect(parameterName(name)).toBe(expected);
  });
});
