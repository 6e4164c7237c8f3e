import { docComment, escapeText, wrapLine } from '../../src/targets/php/doc-comment';
import { className, namespaceFor, namespaceProblem, propertyName, stringLiteral } from '../../src/targets/php/naming';
import { phpTarget } from '../../src/targets/php';
import { phpClassNames } from '../../src/targets/php/class-refs';
import { Model } from '../../src/ir/model';

describe('php class names', () => {
  test.each([
    ['Directory', 'Directory'],
    ['DirectoryGroup', 'DirectoryGroup'],
    ['List', 'ListModel'],
    ['list', 'listModel'],
    ['Self', 'SelfModel'],
    ['STATIC', 'STATICModel'],
    ['Mixed', 'MixedModel'],
    ['Resource', 'Resource'],
    ['Enum', 'Enum'],
    ['directory group', 'DirectoryGroup'],
    ['2fa', 'Model2fa'],
    ['Zürich', 'ZRich'],
    ['', 'Model'],
  ])('%j → %j', (input, expected) => expect(className(input)).toBe(expected));
});

describe('php class names of a run', () => {
  const model = (id: string, name: string, qualifier = 'Acme\\Hostile'): Model => ({
    id,
    source: { path: 'specs/x.yaml', name: 'specs/x.yaml' },
    fields: [],
    bindings: [{ language: 'php', name, qualifier, properties: [], location: { file: 'specs/x.yaml', line: 1, column: 1 } }],
  });

  // Hostile corpus: helper-collisions has List and ListModel, which both rendered to ListModel.php (MG206).
  test('an escaped name gives way to a documented one; names differing in case clash; other namespaces do not', () => {
    const names = phpClassNames([model('list_doc', 'List'), model('list_model', 'ListModel'), model('shout', 'LISTMODEL'), model('elsewhere', 'List', 'Other')], undefined);
    expect([...names].sort()).toEqual([['elsewhere', 'ListModel'], ['list_doc', 'ListModel2'], ['list_model', 'ListModel'], ['shout', 'LISTMODEL3']]);
  });

  test('the namespace option puts every model in one namespace', () => {
    expect([...phpClassNames([model('a', 'List'), model('b', 'ListModel', 'Other')], 'Sdk')]).toEqual([['b', 'ListModel'], ['a', 'ListModel2']]);
  });
});

describe('php property names', () => {
  test.each([
    ['organizationId', 'organizationId'],
    ['class', 'class'],
    ['list', 'list'],
    ['function', 'function'],
    ['this', 'this_'],
    ['GLOBALS', 'GLOBALS_'],
    ['_GET', '_GET_'],
    ['This', 'This'],
    ['idp-id', 'idpId'],
    ['2fa', 'field2fa'],
    ['', 'value'],
  ])('%j → %j', (input, expected) => expect(propertyName(input)).toBe(expected));
});

describe('php namespaces', () => {
  test.each([
    [undefined, 'WorkOS\\Resource', 'WorkOS\\Resource'],
    [undefined, 'directorysync', 'directorysync'],
    [undefined, 'Acme.Odd', 'Acme\\Odd'],
    [undefined, '\\WorkOS\\Resource', 'WorkOS\\Resource'],
    [undefined, 'Foo::Bar', 'Foo\\Bar'],
    [undefined, undefined, 'Models'],
    [undefined, 'Foo\\namespace', 'Models'],
    ['Acme\\Sdk', 'WorkOS\\Resource', 'Acme\\Sdk'],
  ])('option %j, title qualifier %j → %j', (option, qualifier, expected) => expect(namespaceFor(option, qualifier)).toBe(expected));

  test.each([
    ['WorkOS\\Resource', undefined],
    ['WorkOS', undefined],
    ['Foo\\List', undefined],
    ['..', '`..` is not a PHP namespace: expected names of ASCII letters, digits and _ separated by \\ (e.g. WorkOS\\Resource)'],
    ['Foo/Bar', '`Foo/Bar` is not a PHP namespace: expected names of ASCII letters, digits and _ separated by \\ (e.g. WorkOS\\Resource)'],
    ['\\Foo', '`\\Foo` is not a PHP namespace: expected names of ASCII letters, digits and _ separated by \\ (e.g. WorkOS\\Resource)'],
    ['Foo\\', '`Foo\\` is not a PHP namespace: expected names of ASCII letters, digits and _ separated by \\ (e.g. WorkOS\\Resource)'],
    ['Foo\\\\Bar', '`Foo\\\\Bar` is not a PHP namespace: expected names of ASCII letters, digits and _ separated by \\ (e.g. WorkOS\\Resource)'],
    ['1Foo', '`1Foo` is not a PHP namespace: expected names of ASCII letters, digits and _ separated by \\ (e.g. WorkOS\\Resource)'],
    ['Namespace\\Foo', '`Namespace\\Foo` uses `namespace`, which PHP reserves'],
  ])('namespace option %j → %j', (value, problem) => expect(namespaceProblem(value)).toBe(problem));

  test('the namespace option is declared with its validator', () => {
    const option = phpTarget.options.find((o) => o.key === 'namespace');
    expect(option?.default).toBe('');
    expect(option?.validate?.('a/../b')).toBeDefined();
  });
});

describe('php string literals', () => {
  test.each([
    ['organization_id', "'organization_id'"],
    ["it's", "'it\\'s'"],
    ['a\\b', "'a\\\\b'"],
    ['$x ?> */', "'$x ?> */'"],
    ['a\nb$c"\\', '"a\\x0ab\\$c\\"\\\\"'],
    ['Zürich', "'Zürich'"],
  ])('%j → %s', (input, expected) => expect(stringLiteral(input)).toBe(expected));
});

describe('php doc comment text', () => {
  test.each([
    ['ends */ early', 'ends *\\/ early'],
    ['a ?> b <?php c', 'a ?> b <?php c'],
    ['@param x', '\\@param x'],
    ['  @see y', '  \\@see y'],
    ['mail @ host', 'mail @ host'],
    ['tab\there', 'tab    here'],
    ['nul\u0000byte', 'nul byte'],
    ['#{x} ${y} """ </summary> \\n', '#{x} ${y} """ </summary> \\n'],
    ['Zürich ✓', 'Zürich ✓'],
  ])('%j → %j', (input, expected) => expect(escapeText(input)).toBe(expected));

  test.each([
    ['short line', 20, ['short line']],
    ['one two three four five', 10, ['one two', 'three four', 'five']],
    ['- a list item that wraps', 12, ['- a list', '  item that', '  wraps']],
    ['values `a b c d` end', 8, ['values', '`a b c d`', 'end']],
    ['see http://example.com/a-very-long-url ok', 10, ['see', 'http://example.com/a-very-long-url', 'ok']],
    ['mail me @home now', 8, ['mail me', '\\@home', 'now']],
  ])('wraps %j at %d', (input, width, expected) => expect(wrapLine(input, width)).toEqual(expected));

  test('one short line is a single-line comment; paragraphs and indentation are kept', () => {
    expect(docComment(['Unique identifier.'], 8)).toEqual({ lines: ['Unique identifier.'], single: 'Unique identifier.' });
    expect(docComment(['First.', '', 'Second.'], 0)).toEqual({ lines: ['First.', '', 'Second.'], single: null });
    const long = 'word '.repeat(30).trim();
    const doc = docComment([long], 8);
    expect(doc.single).toBeNull();
    expect(doc.lines.every((l) => 8 + ' * '.length + [...l].length <= 80)).toBe(true);
  });
});
