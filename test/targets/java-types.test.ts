import { Property, TypeRef } from '../../src/ir/model';
import { componentType, hasNestedNullable, javaShape, javaType, presence, presenceDocLines } from '../../src/targets/java/types';

const str: TypeRef = { kind: 'string' };
const int: TypeRef = { kind: 'integer' };
const num: TypeRef = { kind: 'number' };
const bool: TypeRef = { kind: 'boolean' };
const any: TypeRef = { kind: 'any' };
const list = (items: TypeRef): TypeRef => ({ kind: 'list', items });
const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
const nullable = (inner: TypeRef): TypeRef => ({ kind: 'nullable', inner });
const model = (name: string): TypeRef => ({ kind: 'model', modelId: name.toLowerCase(), name });
const enumOf = (name: string): TypeRef => ({ kind: 'enum', name, variant: 'titlecase', members: [] });
const prop = (type: TypeRef, optional: boolean): Pick<Property, 'optional' | 'type'> => ({ type, optional });

describe('java types', () => {
  test.each<[string, TypeRef, string]>([
    ['string', str, 'String'],
    ['literal', { kind: 'literal', value: 'x' }, 'String'],
    ['enum', enumOf('DirectoryState'), 'DirectoryState'],
    ['enum with a reserved name', enumOf('class'), 'class_'],
    ['boolean', bool, 'Boolean'],
    ['integer', int, 'Long'],
    ['number', num, 'Double'],
    ['any', any, 'Object'],
    ['list of booleans', list(bool), 'List<Boolean>'],
    ['list of lists of integers', list(list(int)), 'List<List<Long>>'],
    ['map of lists of numbers', map(list(num)), 'Map<String, List<Double>>'],
    ['map of models', map(model('TreeNode')), 'Map<String, TreeNode>'],
    ['map of any', map(any), 'Map<String, Object>'],
    ['nullable list', nullable(list(str)), 'List<String>'],
    ['list of nullables', list(nullable(str)), 'List<String>'],
    ['model named like a java.lang type', model('Long'), 'Long_'],
  ])('boxed %s -> %s', (_what, type, expected) => {
    expect(javaType(type)).toBe(expected);
  });

  test.each<[TypeRef, string]>([
    [nullable(list(str)), '@Nullable List<String>'],
    [list(nullable(str)), 'List<@Nullable String>'],
    [map(nullable(list(nullable(int)))), 'Map<String, @Nullable List<@Nullable Long>>'],
  ])('documented %j -> %s', (type, expected) => {
    expect(javaType(type, true, '@Nullable ')).toBe(expected);
  });

  test.each<[string, TypeRef, boolean, string, string]>([
    ['required integer', int, false, 'required', 'long'],
    ['required number', num, false, 'required', 'double'],
    ['required boolean', bool, false, 'required', 'boolean'],
    ['optional integer', int, true, 'optional', 'Long'],
    ['nullable integer', nullable(int), false, 'nullable', 'Long'],
    ['optional nullable integer', nullable(int), true, 'optionalNullable', 'JsonNullable<Long>'],
    ['required string', str, false, 'required', 'String'],
    ['optional model', model('Leaf'), true, 'optional', 'Leaf'],
    ['optional nullable model', nullable(model('TreeNode')), true, 'optionalNullable', 'JsonNullable<TreeNode>'],
    ['nullable list', nullable(list(str)), false, 'nullable', 'List<String>'],
    ['required any', any, false, 'nullable', 'Object'],
    ['optional any', any, true, 'optionalNullable', 'JsonNullable<Object>'],
    ['optional list of nullables', list(nullable(str)), true, 'optional', 'List<String>'],
  ])('%s', (_what, type, optional, how, declared) => {
    expect([presence(prop(type, optional)), componentType(prop(type, optional))]).toEqual([how, declared]);
  });

  test.each<[TypeRef, boolean]>([
    [str, false],
    [nullable(str), false],
    [nullable(list(str)), false],
    [list(nullable(str)), true],
    [nullable(list(nullable(str))), true],
    [map(any), false],
    [list(list(nullable(int))), true],
  ])('nested nullable in %j: %s', (type, expected) => {
    expect(hasNestedNullable(type)).toBe(expected);
  });

  test.each<[string, TypeRef, boolean, string[]]>([
    ['required', str, false, []],
    ['optional', str, true, ['Optional: null when the payload omits it, and then omitted when written.']],
    ['nullable', nullable(str), false, ['Nullable: null when the payload has null, and then written as null.']],
    [
      'optional and nullable',
      nullable(str),
      true,
      [
        'Optional and nullable: JsonNullable.undefined() when the payload omits it (then omitted when written),',
        'JsonNullable.of(null) when it has null (then written as null).',
      ],
    ],
    ['list of nullables', list(nullable(str)), false, ['Null may appear where marked: List<@Nullable String>.']],
    ['map of any', map(any), false, ['Untyped JSON, read as Jackson reads Object: Map, List, String, Integer, Long, BigInteger, Double, Boolean or null.']],
  ])('documents %s', (_what, type, optional, expected) => {
    expect(presenceDocLines(prop(type, optional))).toEqual(expected);
  });
});

describe('java shapes for strict reading', () => {
  test.each<[string, TypeRef, string]>([
    ['string', str, 'ModelJson.STRING'],
    ['enum', enumOf('DirectoryState'), 'ModelJson.STRING'],
    ['literal', { kind: 'literal', value: 'a "b"' }, 'ModelJson.literal("a \\"b\\"")'],
    ['integer', int, 'ModelJson.INTEGER'],
    ['any', any, 'ModelJson.ANY'],
    ['list of nullables', list(nullable(str)), 'ModelJson.list(ModelJson.nullable(ModelJson.STRING))'],
    ['map of models, lazily (models may refer to themselves)', map(model('TreeNode')), 'ModelJson.map(ModelJson.model(() -> TreeNode.SHAPE))'],
  ])('%s', (_, type, shape) => {
    expect(javaShape(type)).toBe(shape);
  });
});
