import { Binding, Model, Property, TypeRef } from '../../src/ir/model';
import { csShape, csType, documentedType, presenceOf, propertyType } from '../../src/targets/dotnet/types';
import { buildClassView } from '../../src/targets/dotnet/view-model';
import { enumsIn } from '../../src/ir/type-walk';

const S: TypeRef = { kind: 'string' };
const I: TypeRef = { kind: 'integer' };
const N: TypeRef = { kind: 'number' };
const B: TypeRef = { kind: 'boolean' };
const A: TypeRef = { kind: 'any' };
const E: TypeRef = { kind: 'enum', name: 'NodeKind', variant: 'lowercase', members: [] };
const M: TypeRef = { kind: 'model', modelId: 'tree_node', name: 'TreeNode' };
const KW: TypeRef = { kind: 'model', modelId: 'kw', name: 'event' };
const list = (items: TypeRef): TypeRef => ({ kind: 'list', items });
const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
const nul = (inner: TypeRef): TypeRef => ({ kind: 'nullable', inner });

describe('csType / documentedType', () => {
  test.each<[string, TypeRef, string, string]>([
    ['string', S, 'string', 'string'],
    ['literal', { kind: 'literal', value: 'x' }, 'string', 'string'],
    ['integer', I, 'long', 'long'],
    ['number', N, 'double', 'double'],
    ['boolean', B, 'bool', 'bool'],
    ['any', A, 'object', 'object'],
    ['enum', E, 'NodeKind', 'NodeKind'],
    ['model', M, 'TreeNode', 'TreeNode'],
    ['keyword model', KW, '@event', '@event'],
    ['nullable string', nul(S), 'string', 'string?'],
    ['nullable integer', nul(I), 'long?', 'long?'],
    ['nullable number', nul(N), 'double?', 'double?'],
    ['nullable boolean', nul(B), 'bool?', 'bool?'],
    ['nullable enum', nul(E), 'NodeKind', 'NodeKind?'],
    ['nullable model', nul(M), 'TreeNode', 'TreeNode?'],
    ['nullable nullable integer', nul(nul(I)), 'long?', 'long?'],
    ['list of booleans', list(B), 'List<bool>', 'List<bool>'],
    ['list of lists of integers', list(list(I)), 'List<List<long>>', 'List<List<long>>'],
    ['list of nullable strings', list(nul(S)), 'List<string>', 'List<string?>'],
    ['nullable list of strings', nul(list(S)), 'List<string>', 'List<string>?'],
    ['list of nullable integers', list(nul(I)), 'List<long?>', 'List<long?>'],
    ['map of strings', map(S), 'Dictionary<string, string>', 'Dictionary<string, string>'],
    ['map of models', map(M), 'Dictionary<string, TreeNode>', 'Dictionary<string, TreeNode>'],
    ['map of lists of numbers', map(list(N)), 'Dictionary<string, List<double>>', 'Dictionary<string, List<double>>'],
    ['map of any', map(A), 'Dictionary<string, object>', 'Dictionary<string, object>'],
    ['map of nullable enums', map(nul(E)), 'Dictionary<string, NodeKind>', 'Dictionary<string, NodeKind?>'],
    ['list of maps of nullable models', list(map(nul(M))), 'List<Dictionary<string, TreeNode>>', 'List<Dictionary<string, TreeNode?>>'],
  ])('%s → %s', (_, type, cs, documented) => {
    expect([csType(type), documentedType(type)]).toEqual([cs, documented]);
  });
});

describe('propertyType and presence', () => {
  test.each<[string, TypeRef, boolean, string, string]>([
    ['required string', S, false, 'string', 'plain'],
    ['optional string', S, true, 'string', 'omitNull'],
    ['required integer', I, false, 'long', 'plain'],
    ['optional integer', I, true, 'long?', 'omitNull'],
    ['optional boolean', B, true, 'bool?', 'omitNull'],
    ['optional enum', E, true, 'NodeKind', 'omitNull'],
    ['optional model', M, true, 'TreeNode', 'omitNull'],
    ['optional list', list(S), true, 'List<string>', 'omitNull'],
    ['nullable string', nul(S), false, 'string', 'writeNull'],
    ['nullable integer', nul(I), false, 'long?', 'writeNull'],
    ['nullable list', nul(list(S)), false, 'List<string>', 'writeNull'],
    ['required any', A, false, 'object', 'writeNull'],
    ['optional nullable string', nul(S), true, 'string', 'tracked'],
    ['optional nullable number', nul(N), true, 'double?', 'tracked'],
    ['optional nullable model', nul(M), true, 'TreeNode', 'tracked'],
    ['optional any', A, true, 'object', 'tracked'],
    ['optional list of nullables', list(nul(S)), true, 'List<string>', 'omitNull'],
  ])('%s → %s, %s', (_, type, optional, cs, presence) => {
    expect([propertyType(type, optional), presenceOf(type, optional)]).toEqual([cs, presence]);
  });
});

describe('what a type needs', () => {
  test.each<[string, TypeRef, string[]]>([
    ['enum', E, ['NodeKind']],
    ['list of nullable enums', list(nul(E)), ['NodeKind']],
    ['map of lists of enums', map(list(E)), ['NodeKind']],
    ['model (its own enums are its own)', M, []],
    ['any', A, []],
    ['string', S, []],
  ])('%s: enums %j', (_, type, enums) => {
    expect(enumsIn(type).map((e) => e.name)).toEqual(enums);
  });
});

describe('class members', () => {
  const location = { file: 'x.yaml', line: 1, column: 1 };
  const property = (name: string, wireName: string, type: TypeRef, optional: boolean): Property => ({ name, fieldId: `m.${wireName}`, wireName, optional, type, location });
  const view = (name: string, properties: Property[]) => {
    const binding: Binding = { language: 'dotnet', name, properties, location };
    const model: Model = { id: 'm', source: { path: 'specs/m.yaml', name: 'specs/m.yaml' }, fields: [], bindings: [binding] };
    return buildClassView(model, binding, 'WorkOS');
  };

  test('an optional nullable property gets a backing field and a <Name>Specified flag; others are auto-properties', () => {
    const v = view('Node', [property('Nickname', 'nickname', nul(S), true), property('Label', 'label', S, true), property('Email', 'email', nul(S), false)]);
    expect(v.properties.map((p) => [p.name, p.type, p.tracked?.field ?? null, p.tracked?.flag ?? null])).toEqual([
      ['Nickname', 'string', '_nickname', 'NicknameSpecified'],
      ['Label', 'string', null, null],
      ['Email', 'string', null, null],
    ]);
    expect(v.fields).toEqual([{ type: 'string', name: '_nickname' }]);
    expect(v.usings).toEqual(['Newtonsoft.Json']);
    expect(v.properties.map((p) => p.read)).toEqual([
      'reader.ReadTracked<string>("nickname", global::WorkOS.ModelJson.String, value => this.Nickname = value);',
      'this.Label = reader.Read<string>("label", global::WorkOS.ModelJson.String, default(string), true, false);',
      'this.Email = reader.Read<string>("email", global::WorkOS.ModelJson.String, default(string), false, true);',
    ]);
    expect(v.properties.map((p) => p.write)).toEqual([
      'writer.WriteTracked("nickname", this.Nickname, this.NicknameSpecified);',
      'writer.Write<string>("label", this.Label, default(string), true);',
      'writer.Write<string>("email", this.Email, default(string), false);',
    ]);
  });

  test('a property named like a presence flag gives way; backing fields are numbered on a clash', () => {
    const v = view('Node', [property('NoteSpecified', 'ns', S, false), property('Note', 'note', nul(S), true), property('note', 'note2', nul(I), true), property('_note', 'n3', S, false)]);
    expect(v.properties.map((p) => [p.name, p.tracked?.field ?? null, p.tracked?.flag ?? null])).toEqual([
      ['NoteSpecifiedValue', null, null],
      ['Note', '_note2', 'NoteSpecified'],
      ['note', '_note3', 'noteSpecified'],
      ['_note', null, null],
    ]);
  });

  test('a keyword-named property keeps its escape; its flag and field do not need one', () => {
    const v = view('Node', [property('event', 'event', A, true)]);
    expect([v.properties[0].name, v.properties[0].tracked?.flag, v.properties[0].tracked?.field, v.helper]).toEqual(['@event', 'eventSpecified', '_event', 'global::WorkOS.ModelJson']);
  });

  test('documents what the C# type cannot say', () => {
    const v = view('Node', [property('Names', 'names', list(nul(S)), true), property('Nick', 'nick', nul(S), true)]);
    expect(v.properties[0].doc).toEqual(['Optional: <c>null</c> leaves the key out of the JSON.', 'Documented as <c>List&lt;string?&gt;</c>; C# 7.2 has no nullable reference types.']);
    expect(v.properties[1].doc).toEqual(['Optional and nullable: <see cref="NickSpecified"/> tells an absent key from <c>null</c>.']);
    expect(v.shape).toEqual(['.Field("names", false, global::WorkOS.ModelJson.List(global::WorkOS.ModelJson.String.Nullable()))', '.Field("nick", false, global::WorkOS.ModelJson.String.Nullable());']);
  });
});

describe('C# shapes for strict reading', () => {
  const H = 'global::WorkOS.ModelJson';
  test.each<[string, TypeRef, string]>([
    ['string', S, `${H}.String`],
    ['enum', E, `${H}.String`],
    ['any', A, `${H}.Any`],
    ['list of nullables', list(nul(S)), `${H}.List(${H}.String.Nullable())`],
    ['map of models, qualified (a property may be named like the type)', map(M), `${H}.Map(${H}.Model(() => global::WorkOS.TreeNode.WireShape))`],
  ])('%s', (_, type, shape) => {
    expect(csShape(type, H)).toBe(shape);
  });
});
