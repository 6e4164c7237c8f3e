import { EnumMember, LiteralValue } from '../../src/ir/model';
import { className, docstring, enumMemberNames, fieldName, moduleName, pythonLiteral, stringLiteral, unionNames, validatePackage } from '../../src/targets/python/naming';

describe('python class names', () => {
  test.each([
    ['Directory', 'Directory'],
    ['DirectoryGroup', 'DirectoryGroup'],
    ['directory group', 'DirectoryGroup'],
    ['None', 'None_'],
    ['Optional', 'Optional_'],
    ['dataclass', 'dataclass_'],
    ['2Factor', '_2Factor'],
    ['', 'Model'],
    // Another class's body would mangle the name where it refers to the class.
    ['__Hidden', '_Hidden'],
  ])('%j → %j', (name, expected) => {
    expect(className(name)).toBe(expected);
  });
});

describe('python field names', () => {
  test.each([
    ['organization_id', 'organization_id'],
    ['class', 'class_'],
    ['from', 'from_'],
    ['import', 'import_'],
    ['def', 'def_'],
    ['None', 'None_'],
    // Builtins and soft keywords are valid field names and stay as documented.
    ['type', 'type'],
    ['object', 'object'],
    ['id', 'id'],
    ['match', 'match'],
    // Names the class body itself resolves or defines.
    ['str', 'str_'],
    ['Optional', 'Optional_'],
    ['classmethod', 'classmethod_'],
    ['to_dict', 'to_dict_'],
    ['from_dict', 'from_dict_'],
    ['Directory', 'Directory_'],
    ['created-at', 'created_at'],
    ['2fa', '_2fa'],
    // Two leading underscores would be name-mangled in the class body (hostile corpus: case_clash `__private`).
    ['__private', '_private'],
    ['___three', '_three'],
    ['__dunder__', '__dunder__'],
    ['__proto__', '__proto__'],
  ])('%j → %j', (name, expected) => {
    expect(fieldName(name, 'Directory', new Set())).toBe(expected);
  });

  test('a taken name gets another underscore', () => {
    expect(fieldName('class', 'Directory', new Set(['class_']))).toBe('class__');
  });
});

describe('python module names', () => {
  test.each([
    ['directory', 'directory'],
    ['directory_group', 'directory_group'],
    ['DirectoryGroup', 'directory_group'],
    ['class', 'class_'],
  ])('%j → %j', (id, expected) => {
    expect(moduleName(id)).toBe(expected);
  });
});

describe('python package option', () => {
  test.each([
    ['workos.directory_sync', undefined],
    ['workos', undefined],
    ['_private.pkg2', undefined],
    ['workos..sync', '`workos..sync` is not a dotted Python package name: `` is empty'],
    ['../escape', '`../escape` is not a dotted Python package name: `` is empty'],
    ['workos/sync', '`workos/sync` is not a dotted Python package name: `workos/sync` is not an identifier'],
    ['workos\\sync', '`workos\\sync` is not a dotted Python package name: `workos\\sync` is not an identifier'],
    ['workos.class', '`workos.class` is not a dotted Python package name: `class` is a keyword'],
    ['directory-sync', '`directory-sync` is not a dotted Python package name: `directory-sync` is not an identifier'],
    ['2fa', '`2fa` is not a dotted Python package name: `2fa` is not an identifier'],
    ['', '`` is not a dotted Python package name: `` is empty'],
  ])('%j → %j', (value, expected) => {
    expect(validatePackage(value)).toBe(expected);
  });
});

describe('python string literals (as Black leaves them)', () => {
  test.each([
    ['directory', '"directory"'],
    ['type-name', '"type-name"'],
    [`it's`, `"it's"`],
    ['say "hi"', `'say "hi"'`],
    [`it's "q"`, `'it\\'s "q"'`],
    [`'a' "b"`, `"'a' \\"b\\""`],
    ['back\\slash', '"back\\\\slash"'],
    ['tab\tnl\ncr\r', '"tab\\tnl\\ncr\\r"'],
    ['nul\u0000 nbsp\u00a0 ls\u2028', '"nul\\x00 nbsp\\xa0 ls\\u2028"'],
    ['Zürich ✓', '"Zürich ✓"'],
  ])('%j → %s', (value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });
});

describe('python docstrings', () => {
  test('none for no text', () => {
    expect(docstring([])).toBeNull();
  });

  test.each([
    ['plain', ['Unique identifier.'], { single: 'Unique identifier.', first: 'Unique identifier.', rest: [] }],
    ['triple quotes', ['a """ b'], { single: 'a \\"\\"\\" b', first: 'a \\"\\"\\" b', rest: [] }],
    ['five quotes', ['"""""'], { single: null, first: '\\"\\"\\"""', rest: [] }],
    ['a leading quote (Black would pad it)', ['"x" marks'], { single: '\\"x" marks', first: '\\"x" marks', rest: [] }],
    ['a trailing quote closes on its own line', ['say "hi"'], { single: null, first: 'say "hi"', rest: [] }],
    ['a trailing backslash', ['C:\\dir\\'], { single: 'C:\\\\dir\\\\', first: 'C:\\\\dir\\\\', rest: [] }],
    ['other comment enders pass through', ['*/ ?> </summary> #{x} ${y}'], { single: '*/ ?> </summary> #{x} ${y}', first: '*/ ?> </summary> #{x} ${y}', rest: [] }],
    ['Unicode kept, special spaces escaped', ['Zürich ✓\ttab\u00a0nbsp\u2028ls\u000cff'], { single: 'Zürich ✓\\ttab\\xa0nbsp\\u2028ls\\x0cff', first: 'Zürich ✓\\ttab\\xa0nbsp\\u2028ls\\x0cff', rest: [] }],
    ['first line stripped, rest dedented', ['  first', '', '    a', '      b'], { single: null, first: 'first', rest: ['', 'a', '  b'] }],
    ['relative indentation kept', ['first', 'a', '  b'], { single: null, first: 'first', rest: ['a', '  b'] }],
  ])('%s', (_name, lines, expected) => {
    expect(docstring(lines)).toEqual(expected);
  });
});

describe('python names of what OpenAPI adds', () => {
  test.each<[LiteralValue, string | undefined]>([
    ['a "b"', `'a "b"'`],
    [true, 'True'],
    [false, 'False'],
    [-3, '-3'],
    [2.5, undefined],
    [1e21, undefined],
  ])('the const %p as a Literal value: %p', (value, expected) => {
    expect(pythonLiteral(value)).toBe(expected);
  });

  test('a union\'s functions are snake_case of its alias, escaped off the helpers they would shadow', () => {
    expect(unionNames('ShapeEvent')).toEqual({ alias: 'ShapeEvent', reader: 'read_shape_event', writer: 'write_shape_event', shape: 'shape_event_wire_shape' });
    expect(unionNames('Model')).toEqual({ alias: 'Model', reader: 'read_model_', writer: 'write_model_', shape: 'model_wire_shape' });
  });

  test('enum constants: UPPER_SNAKE_CASE identifiers, unique', () => {
    const member = (name: string): EnumMember => ({ name, documentedName: name, wireValue: name, primary: true });
    expect(enumMemberNames(['in_review', 'in-review', 'InReview', '2fa', '', 'name'].map(member))).toEqual(['IN_REVIEW', 'IN_REVIEW2', 'IN_REVIEW3', '_2FA', 'VALUE', 'NAME']);
  });
});
