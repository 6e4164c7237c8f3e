import { EnumType, ModelType, TypeRef } from '../../src/ir/model';
import { admitsNull, enumsIn, modelsIn, stripNullable, typeParts } from '../../src/ir/type-walk';

const state: EnumType = { kind: 'enum', name: 'State', variant: 'lowercase', members: [] };
const group: ModelType = { kind: 'model', modelId: 'directory_group', name: 'Group' };
const type: TypeRef = { kind: 'nullable', inner: { kind: 'map', values: { kind: 'list', items: { kind: 'nullable', inner: group } } } };

test('typeParts lists a type and what it is made of, outermost first', () => {
  expect(typeParts(type).map((t) => t.kind)).toEqual(['nullable', 'map', 'list', 'nullable', 'model']);
});

test('enumsIn and modelsIn find enums and models at any depth, not inside referenced models', () => {
  expect(enumsIn({ kind: 'list', items: state })).toEqual([state]);
  expect(modelsIn(type)).toEqual([group]);
  expect(enumsIn(type)).toEqual([]);
});

test.each([
  [{ kind: 'nullable', inner: { kind: 'nullable', inner: { kind: 'string' } } } as TypeRef, 'string'],
  [{ kind: 'list', items: { kind: 'nullable', inner: { kind: 'string' } } } as TypeRef, 'list'],
])('stripNullable removes only outer nullable layers', (t, kind) => expect(stripNullable(t).kind).toBe(kind));

test.each([
  [{ kind: 'nullable', inner: { kind: 'string' } } as TypeRef, true],
  [{ kind: 'any' } as TypeRef, true],
  [{ kind: 'list', items: { kind: 'nullable', inner: { kind: 'string' } } } as TypeRef, false],
  [{ kind: 'string' } as TypeRef, false],
])('admitsNull(%j) = %j', (t, expected) => expect(admitsNull(t)).toBe(expected));
