import { Binding, Model, Property, TypeRef } from '../../src/ir/model';
import { modelRefs } from '../../src/targets/python/imports';
import { call, defLines, exprText, fitLines, importLines, list as listDisplay, parseExpr, tuple } from '../../src/targets/python/layout';
import { fieldName } from '../../src/targets/python/naming';
import { converter, typeHint, wireShape } from '../../src/targets/python/types';
import { buildModelView } from '../../src/targets/python/view-model';

const str: TypeRef = { kind: 'string' };
const int: TypeRef = { kind: 'integer' };
const num: TypeRef = { kind: 'number' };
const node: TypeRef = { kind: 'model', modelId: 'tree_node', name: 'TreeNode' };
const list = (items: TypeRef): TypeRef => ({ kind: 'list', items });
const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
const nullable = (inner: TypeRef): TypeRef => ({ kind: 'nullable', inner });
const at = { file: 'specs/t.mdx', line: 1, column: 1 };
const union: TypeRef = { kind: 'model', modelId: 'shape_event', name: 'ShapeEvent', modelKind: 'union' };
const status: TypeRef = { kind: 'model', modelId: 'widget_status', name: 'WidgetStatus', modelKind: 'enum' };
const dateTime: TypeRef = { kind: 'string', format: 'date-time' };

describe('python type hints', () => {
  test.each<[string, TypeRef, string]>([
    ['string', str, 'str'],
    ['enum (an open string)', { kind: 'enum', name: 'Kind', variant: 'lowercase', members: [] }, 'str'],
    ['literal', { kind: 'literal', value: 'directory' }, 'Literal["directory"]'],
    ['boolean', { kind: 'boolean' }, 'bool'],
    ['integer', int, 'int'],
    ['number', num, 'float'],
    ['any', { kind: 'any' }, 'Any'],
    ['list', list({ kind: 'boolean' }), 'List[bool]'],
    ['list of lists', list(list(int)), 'List[List[int]]'],
    ['map', map(str), 'Dict[str, str]'],
    ['map of lists', map(list(num)), 'Dict[str, List[float]]'],
    ['map of models', map(node), 'Dict[str, TreeNode]'],
    ['model, escaped like its class', { kind: 'model', modelId: 'x', name: 'Optional' }, 'Optional_'],
    ['nullable list', nullable(list(str)), 'Optional[List[str]]'],
    ['list of nullables', list(nullable(str)), 'List[Optional[str]]'],
    ['nullable of nullable', nullable(nullable(int)), 'Optional[int]'],
    ['boolean const', { kind: 'literal', value: true }, 'Literal[True]'],
    ['integer const', { kind: 'literal', value: -2 }, 'Literal[-2]'],
    ['fractional const: PEP 586 has no float literal', { kind: 'literal', value: 1.5 }, 'float'],
    ['int64 is an int: Python ints have no width', { kind: 'integer', format: 'int64' }, 'int'],
    ['date-time without the option', { kind: 'string', format: 'date-time' }, 'str'],
    ['union: its alias', union, 'ShapeEvent'],
    ['named enum: open', list(status), 'List[Union[WidgetStatus, str]]'],
  ])('%s → %s', (_name, type, expected) => {
    expect(typeHint(type)).toBe(expected);
  });

  test('collects the typing names it uses', () => {
    const used = new Set<string>();
    typeHint(map(list(nullable({ kind: 'any' }))), used);
    expect([...used].sort()).toEqual(['Any', 'Dict', 'List', 'Optional']);
  });
});

describe('python converters: each keeps a value of another JSON kind (None, UNSET, a string for a list) as it is', () => {
  test.each<[string, TypeRef, string | null, string | null]>([
    ['JSON values pass through', map(list(int)), null, null],
    ['model', node, 'read_model(TreeNode.from_dict)', 'write_model'],
    ['list of models', list(node), 'list_of(read_model(TreeNode.from_dict))', 'list_of(write_model)'],
    ['map of models', map(node), 'dict_of(read_model(TreeNode.from_dict))', 'dict_of(write_model)'],
    ['nullable model: None passes through', nullable(node), 'read_model(TreeNode.from_dict)', 'write_model'],
    ['list of lists of nullable models', list(list(nullable(node))), 'list_of(list_of(read_model(TreeNode.from_dict)))', 'list_of(list_of(write_model))'],
    ['nullable map of models', nullable(map(node)), 'dict_of(read_model(TreeNode.from_dict))', 'dict_of(write_model)'],
    ['union: its reader, None and UNSET kept', list(union), 'list_of(read_present(read_shape_event))', 'list_of(write_json)'],
    ['named enum', map(status), 'dict_of(read_enum(WidgetStatus))', 'dict_of(write_enum)'],
    ['date-time without the option is a JSON value', dateTime, null, null],
  ])('%s', (_name, type, read, write) => {
    expect([converter(type, 'read'), converter(type, 'write')]).toEqual([read, write]);
  });

  test('dateTime: datetime reads and writes date-times through their helpers, and types them', () => {
    const options = { dateTime: true };
    expect([converter(list(dateTime), 'read', new Set(), options), converter(nullable(dateTime), 'write', new Set(), options)]).toEqual(['list_of(read_datetime)', 'write_datetime']);
    expect(typeHint(nullable(dateTime), new Set(), options)).toBe('Optional[datetime]');
    expect(exprText(wireShape(list(dateTime), options))).toBe('("list", "date-time")');
  });
});

describe('python wire shapes (what strict reading checks)', () => {
  test.each<[string, TypeRef, string]>([
    ['string', str, '"string"'],
    ['integer', int, '"integer"'],
    ['any', { kind: 'any' }, '"any"'],
    ['literal', { kind: 'literal', value: 'directory' }, '("literal", "directory")'],
    ['nullable list of models', nullable(list(node)), '("nullable", ("list", ("model", TreeNode.wire_shape)))'],
    ['map of lists', map(list(int)), '("map", ("list", "integer"))'],
    ['boolean const', { kind: 'literal', value: false }, '("literal", False)'],
    ['number const', { kind: 'literal', value: 2.5 }, '("literal", 2.5)'],
    ['union: its shape function, called when checking', nullable(union), '("nullable", ("union", shape_event_wire_shape))'],
    ['named enum: any string, enums being open', status, '"string"'],
  ])('%s', (_name, type, expected) => {
    expect(exprText(wireShape(type))).toBe(expected);
  });
});

function property(name: string, type: TypeRef, optional: boolean): Property {
  return { name, fieldId: `t.${name}`, wireName: name, optional, type, location: at };
}

function modelOf(properties: Property[]): { model: Model; binding: Binding } {
  const binding: Binding = { language: 'python', name: 'TreeNode', properties, location: at };
  return { model: { id: 'tree_node', source: { path: 'specs/t.mdx', name: 'specs/t.mdx' }, fields: [], bindings: [binding] }, binding };
}

describe('python fields: optional, nullable, both', () => {
  test.each<[string, TypeRef, boolean, string, string, string, string]>([
    // name, type, optional → annotation, default, from_dict argument, to_dict entry (UNSET is left out)
    ['required', str, false, 'str', '', 'x=data.get("x", UNSET),', '"x": self.x,'],
    ['nullable', nullable(str), false, 'Optional[str]', '', 'x=data.get("x", UNSET),', '"x": self.x,'],
    ['optional: null is kept apart from absent', str, true, 'Union[str, None, Unset]', ' = UNSET', 'x=data.get("x", UNSET),', '"x": self.x,'],
    ['optional and nullable', nullable(str), true, 'Union[str, None, Unset]', ' = UNSET', 'x=data.get("x", UNSET),', '"x": self.x,'],
    ['optional any (null is a value)', { kind: 'any' }, true, 'Union[Any, None, Unset]', ' = UNSET', 'x=data.get("x", UNSET),', '"x": self.x,'],
    ['required model', node, false, 'TreeNode', '', 'x=read_model(TreeNode.from_dict)(data.get("x", UNSET)),', '"x": write_model(self.x),'],
    ['optional nullable model', nullable(node), true, 'Union[TreeNode, None, Unset]', ' = UNSET', 'x=read_model(TreeNode.from_dict)(data.get("x", UNSET)),', '"x": write_model(self.x),'],
    ['nullable list of models', nullable(list(node)), false, 'Optional[List[TreeNode]]', '', 'x=list_of(read_model(TreeNode.from_dict))(data.get("x", UNSET)),', '"x": list_of(write_model)(self.x),'],
  ])('%s', (_name, type, optional, annotation, defaultValue, read, write) => {
    const { model, binding } = modelOf([property('x', type, optional)]);
    const view = buildModelView(model, binding, '# h', new Map());
    expect({ annotation: view.fields[0].annotation, declaration: view.fields[0].declaration, read: view.fields[0].read, write: view.writes[0].lines }).toEqual({
      annotation,
      declaration: [`x: ${annotation}${defaultValue}`],
      read: [read],
      write: [write],
    });
  });

  test('imports only what the module uses, in isort order', () => {
    const { model, binding } = modelOf([property('x', nullable(node), true), property('y', { kind: 'literal', value: 'a' }, false)]);
    expect(buildModelView(model, binding, '# h', new Map()).imports).toEqual([
      'from dataclasses import dataclass',
      'from typing import Any, Dict, List, Literal, Mapping, Union, cast',
      '',
      'from ._types import (',
      '    UNSET,',
      '    Unset,',
      '    WireField,',
      '    check_model,',
      '    read_model,',
      '    without_unset,',
      '    write_model,',
      ')',
    ]);
  });
});

describe('python from_dict signature', () => {
  test.each([
    ['fits in exactly 88 columns', 'Directory12', ['def from_dict(cls, data: Mapping[str, Any], *, strict: bool = False) -> Directory12:']],
    ['split as Black splits it past 88 columns', 'Directory123', ['def from_dict(', '    cls, data: Mapping[str, Any], *, strict: bool = False', ') -> Directory123:']],
  ])('%s', (_name, className, expected) => {
    const binding: Binding = { language: 'python', name: className, properties: [], location: at };
    const view = buildModelView({ id: 'x', source: { path: 'specs/t.mdx', name: 'specs/t.mdx' }, fields: [], bindings: [binding] }, binding, '# h', new Map());
    expect(view.fromDict).toEqual(expected);
  });
});

describe('python field names next to model classes', () => {
  test.each([
    ['a class the annotations name', 'Leaf', ['Leaf'], 'Leaf_'],
    ['the UNSET default', 'UNSET', [], 'UNSET_'],
    ['a builtin type the annotations use', 'int', [], 'int_'],
    ['typing names', 'List', [], 'List_'],
    ['an unrelated class name', 'Leaf', [], 'Leaf'],
  ])('%s: %j', (_name, name, classes, expected) => {
    expect(fieldName(name, 'TreeNode', new Set(), classes)).toBe(expected);
  });
});

describe('python import cycles', () => {
  const ref = (id: string, refs: string[]) => {
    const props = refs.map((to) => property(to, { kind: 'model', modelId: to, name: to.toUpperCase() }, true));
    const binding: Binding = { language: 'python', name: id.toUpperCase(), properties: props, location: at };
    return { model: { id, source: { path: 'specs/t.mdx', name: 'specs/t.mdx' }, fields: [], bindings: [binding] }, binding, pkg: id === 'd' ? 'acme.other' : 'acme.models' };
  };

  test('a reference is cyclic when it leads back, directly or through others', () => {
    const refs = modelRefs([ref('a', ['a', 'b']), ref('b', ['c']), ref('c', ['a']), ref('d', ['a'])]);
    const cyclic = (from: string) => Object.fromEntries([...(refs.get(from) ?? new Map()).entries()].map(([id, r]) => [id, r.cyclic]));
    expect(cyclic('a')).toEqual({ a: true, b: true });
    expect(cyclic('b')).toEqual({ c: true });
    expect(cyclic('c')).toEqual({ a: true });
    expect(cyclic('d')).toEqual({ a: false });
  });

  test('a sibling module is imported relatively, another package\'s module by its full name', () => {
    const refs = modelRefs([ref('a', ['b']), ref('b', []), ref('d', ['a'])]);
    expect(refs.get('a')?.get('b')?.module).toBe('.b');
    expect(refs.get('d')?.get('a')?.module).toBe('acme.models.a');
  });
});

describe('python line layout (as Black 23 leaves it)', () => {
  const long = 'x'.repeat(60);
  test.each<[string, number, string, ReturnType<typeof call> | string, string, string[]]>([
    ['fits', 12, 'a=', call('f', 'b'), ',', ['a=f(b),']],
    ['call exploded with a magic trailing comma', 12, `${long}=`, call('Leaf.from_dict', 'data["leaf"]'), ',', [`${long}=Leaf.from_dict(`, '    data["leaf"],', '),']],
    ['curried converter: its bracket splits first', 12, `${long}=`, call(call('list_of', 'Leaf.from_dict'), 'data["x"]'), ',', [`${long}=list_of(`, '    Leaf.from_dict', ')(', '    data["x"],', '),']],
    ['a name past 88 columns stays whole', 12, `"${long}": `, 'self.some_long_field_name', ',', [`"${long}": self.some_long_field_name,`]],
    ['tuple exploded, nested ones kept whole while they fit', 12, '', tuple(`"${long}"`, tuple('"list"', '"string"'), 'False'), ',', ['(', `    "${long}",`, '    ("list", "string"),', '    False,', '),']],
    ['a subscript of many items exploded with a magic comma', 4, 'field: ', parseExpr(`Union[List[${long}], None, Unset]`), ' = UNSET', ['field: Union[', `    List[${long}],`, '    None,', '    Unset,', '] = UNSET']],
    ['a subscript of one item keeps it alone, no comma (Black would join it back)', 4, `${long}: `, parseExpr(`List[${long}]`), '', [`${long}: List[`, `    ${long}`, ']']],
    ['a list display exploded', 12, '', tuple(listDisplay(`"${long}"`, '"b"'), '"string"'), ',', ['(', `    ["${long}", "b"],`, '    "string",', '),']],
  ])('%s', (_name, indent, prefix, expr, suffix, expected) => {
    expect(fitLines(indent, prefix, expr, suffix)).toEqual(expected);
  });

  test('parseExpr reads the hints and converters the target writes, quotes and brackets included', () => {
    expect(parseExpr('list_of(read_model(X.from_dict))(data.get("a(", UNSET))')).toEqual(call(call('list_of', call('read_model', 'X.from_dict')), call('data.get', '"a("', 'UNSET')));
    expect(parseExpr('Union["Tree", Dict[str, int]]')).toEqual({ callee: 'Union', square: true, args: ['"Tree"', { callee: 'Dict', square: true, args: ['str', 'int'] }] });
    expect(exprText(parseExpr('cast(Literal["a, b"], data)'))).toBe('cast(Literal["a, b"], data)');
  });

  test('def lines: whole when they fit, else the parameters hugged (a lone one with the comma Black adds), else one per line', () => {
    expect(defLines(0, 'read_x', ['data: Any', '*', 'strict: bool = False'], 'X')).toEqual(['def read_x(data: Any, *, strict: bool = False) -> X:']);
    const name = `read_${'x'.repeat(60)}`;
    expect(defLines(0, name, ['data: Any', '*', 'strict: bool = False'], 'X')).toEqual([`def ${name}(`, '    data: Any, *, strict: bool = False', ') -> X:']);
    expect(defLines(0, name, ['value: XXXXXXXXXXXXXXXX'], 'Any')).toEqual([`def ${name}(`, '    value: XXXXXXXXXXXXXXXX,', ') -> Any:']);
    expect(defLines(0, 'f', [`value: ${'X'.repeat(90)}`, 'b: int'], 'Any')).toEqual(['def f(', `    value: ${'X'.repeat(90)},`, '    b: int,', ') -> Any:']);
  });

  test('imports explode one name per line past 88 columns', () => {
    expect(importLines('typing', ['Any', 'Dict'])).toEqual(['from typing import Any, Dict']);
    const names = ['TYPE_CHECKING', 'Any', 'Dict', 'List', 'Literal', 'Mapping', 'Optional', 'Union', 'cast', 'more'];
    expect(importLines('typing', names)).toEqual(['from typing import (', ...names.map((n) => `    ${n},`), ')']);
  });
});
