import { EnumType, TypeRef } from '../../src/ir/model';
import { fieldType, goShape, goType, GoTypeNames, reachesByValue } from '../../src/targets/go/types';
import { admitsNull, enumsIn } from '../../src/ir/type-walk';

const state: EnumType = { kind: 'enum', name: 'DirectoryState', variant: 'lowercase', members: [] };
const model = (modelId: string, name: string): TypeRef => ({ kind: 'model', modelId, name });
const list = (items: TypeRef): TypeRef => ({ kind: 'list', items });
const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
const nullable = (inner: TypeRef): TypeRef => ({ kind: 'nullable', inner });
const string: TypeRef = { kind: 'string' };

/** Struct names as the package declares them (`tree_node` clashed and got `_2`); `tree_node` contains itself by value. */
const names: GoTypeNames = {
  model: (id) => ({ tree_node: 'TreeNode_2', leaf: 'Leaf' })[id] ?? 'Unknown',
  enum: (type) => `${type.name}Type`,
  isCyclic: (id) => id === 'tree_node',
  dateTimeAsTime: false,
};
const withTime: GoTypeNames = { ...names, dateTimeAsTime: true };
const union = (modelId: string, name: string): TypeRef => ({ kind: 'model', modelId, name, modelKind: 'union' });
const namedEnum = (modelId: string, name: string): TypeRef => ({ kind: 'model', modelId, name, modelKind: 'enum' });

describe('go types', () => {
  test.each<[TypeRef, string]>([
    [string, 'string'],
    [{ kind: 'literal', value: 'directory' }, 'string'],
    [{ kind: 'literal', value: true }, 'bool'],
    [{ kind: 'literal', value: 2 }, 'int64'],
    [{ kind: 'literal', value: 0.5 }, 'float64'],
    [{ kind: 'string', format: 'date-time' }, 'string'],
    [{ kind: 'integer', format: 'int64' }, 'int64'],
    [union('tree_node', 'TreeNode'), 'TreeNode_2'],
    [state, 'DirectoryStateType'],
    [{ kind: 'boolean' }, 'bool'],
    [{ kind: 'integer' }, 'int64'],
    [{ kind: 'number' }, 'float64'],
    [{ kind: 'any' }, 'interface{}'],
    [list(string), '[]string'],
    [list(list({ kind: 'integer' })), '[][]int64'],
    [map(list({ kind: 'number' })), 'map[string][]float64'],
    [map({ kind: 'any' }), 'map[string]interface{}'],
    [map(model('tree_node', 'TreeNode')), 'map[string]TreeNode_2'],
    [list(model('leaf', 'Leaf')), '[]Leaf'],
    [nullable(string), '*string'],
    [nullable(list(string)), '*[]string'],
    [list(nullable(string)), '[]*string'],
    [nullable(nullable(string)), '*string'],
    [nullable({ kind: 'any' }), 'interface{}'],
    [nullable(model('leaf', 'Leaf')), '*Leaf'],
    [map(nullable(state)), 'map[string]*DirectoryStateType'],
  ])('goType(%j) is %s', (type, expected) => {
    expect(goType(type, names)).toBe(expected);
  });

  test.each<[TypeRef, boolean, string, boolean]>([
    [string, false, 'string', false],
    [string, true, '*string', true],
    [{ kind: 'boolean' }, true, '*bool', true],
    [list(string), false, '[]string', false],
    [list(string), true, '*[]string', true],
    [map(model('tree_node', 'TreeNode')), true, '*map[string]TreeNode_2', true],
    [nullable(string), false, '*string', false],
    [nullable(string), true, 'Nullable[string]', true],
    [nullable(list(string)), true, 'Nullable[[]string]', true],
    [nullable(model('tree_node', 'TreeNode')), true, 'Nullable[TreeNode_2]', true],
    [nullable(model('tree_node', 'TreeNode')), false, '*TreeNode_2', false],
    [{ kind: 'any' }, false, 'interface{}', false],
    [{ kind: 'any' }, true, 'Nullable[interface{}]', true],
    [model('leaf', 'Leaf'), false, 'Leaf', false],
    [model('leaf', 'Leaf'), true, '*Leaf', true],
    [model('tree_node', 'TreeNode'), false, '*TreeNode_2', false],
    [list(model('tree_node', 'TreeNode')), false, '[]TreeNode_2', false],
  ])('fieldType(%j, optional %j) is %s, omitempty %j', (type, optional, expected, omitempty) => {
    expect(fieldType(type, optional, names)).toEqual({ type: expected, omitempty });
  });

  test.each<[TypeRef, boolean]>([
    [string, false],
    [nullable(string), true],
    [{ kind: 'any' }, true],
    [list(nullable(string)), false],
  ])('admitsNull(%j) is %j', (type, expected) => {
    expect(admitsNull(type)).toBe(expected);
  });

  test('enumsIn finds enums however deep', () => {
    expect(enumsIn(map(list(nullable(state))))).toEqual([state]);
    expect(enumsIn(model('leaf', 'Leaf'))).toEqual([]);
  });

  test.each<[string, string, boolean]>([
    ['b', 'a', true],
    ['a', 'b', true],
    ['a', 'c', false],
    ['c', 'a', true],
    ['c', 'c', true],
    ['self', 'self', true],
    ['d', 'c', false],
  ])('reachesByValue(%s → %s) is %j', (from, to, expected) => {
    // a → b → a is a cycle; c → a enters it; `self` holds itself; d holds nothing.
    // A field of type `from` in `to` must be a pointer when the answer is true (`c` in `c` included).
    const edges = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['a']],
      ['self', ['self']],
    ]);
    expect(reachesByValue(edges, from, to)).toBe(expected);
  });
});

test.each<[TypeRef, boolean, string]>([
  [{ kind: 'string', format: 'date-time' }, false, 'time.Time'],
  [{ kind: 'string', format: 'date-time' }, true, '*time.Time'],
  [nullable({ kind: 'string', format: 'date-time' }), true, 'Nullable[time.Time]'],
  [list({ kind: 'string', format: 'date-time' }), false, '[]time.Time'],
  [{ kind: 'string', format: 'date' }, false, 'string'],
])('with dateTime time.Time, fieldType(%j, optional %j) is %s', (type, optional, expected) => {
  expect(fieldType(type, optional, withTime).type).toBe(expected);
});

test('a required union or enum field is held by value even when the id is cyclic for object models', () => {
  expect(fieldType(union('tree_node', 'TreeNode'), false, names)).toEqual({ type: 'TreeNode_2', omitempty: false });
  expect(fieldType(model('tree_node', 'TreeNode'), false, names)).toEqual({ type: '*TreeNode_2', omitempty: false });
});

describe('go shapes for strict reading', () => {
  test.each<[TypeRef, string]>([
    [string, 'modelgenKind("string")'],
    [state, 'modelgenKind("string")'],
    [{ kind: 'literal', value: 'a "b"' }, 'modelgenLiteral("a \\"b\\"")'],
    [{ kind: 'integer' }, 'modelgenKind("integer")'],
    [{ kind: 'any' }, 'modelgenAny()'],
    [list(nullable(string)), 'modelgenList(modelgenNullable(modelgenKind("string")))'],
    [map(model('tree_node', 'TreeNode')), 'modelgenMap(modelgenModelOf(modelgenShapeOfTreeNode_2))'],
    [{ kind: 'literal', value: false }, 'modelgenLiteral(false)'],
    [{ kind: 'literal', value: 2 }, 'modelgenLiteral(float64(2))'],
    [nullable(union('leaf', 'Leaf')), 'modelgenNullable(modelgenUnionOf(modelgenShapeOfLeaf))'],
    [list(namedEnum('leaf', 'Leaf')), 'modelgenList(modelgenKind("string"))'],
  ])('%j → %s', (type, shape) => {
    expect(goShape(type, names)).toBe(shape);
  });
});
