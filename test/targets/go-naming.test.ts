import { alignColumns } from '../../src/targets/go/columns';
import { canonicalLines, doubleQuotes, goDocLines, leadWithName, sanitize } from '../../src/targets/go/doc-comment';
import { constantSuffix, exportedName, fileStem, goPascalCase, goString, jsonTag, NameScope, packageFromQualifier, packageProblem } from '../../src/targets/go/naming';

describe('go naming', () => {
  test.each([
    ['organization_id', 'OrganizationID'],
    ['organizationId', 'OrganizationID'],
    ['api_url', 'APIURL'],
    ['http_json_scim', 'HTTPJSONSCIM'],
    ['azure scim v2.0', 'AzureSCIMV2_0'],
    ['v2 0 1', 'V2_0_1'],
    ['gsuite directory', 'GsuiteDirectory'],
    ['invalid_credentials', 'InvalidCredentials'],
    ['!!!', ''],
  ])('goPascalCase(%j) is %j', (name, expected) => {
    expect(goPascalCase(name)).toBe(expected);
  });

  test.each([
    ['ID', 'ID'],
    ['IdpID', 'IdpID'],
    ['OrganizationID', 'OrganizationID'],
    ['Größe', 'Größe'],
    ['type', 'Type'],
    ['func', 'Func'],
    ['interface', 'Interface'],
    ['select', 'Select'],
    ['string', 'String'],
    ['nil', 'Nil'],
    ['len', 'Len'],
    ['organization_id', 'OrganizationID'],
    ['_private', 'Private'],
    ['2fa_code', 'X2faCode'],
    ['dir-sync', 'DirSync'],
    ['', 'Field'],
    ['???', 'Field'],
  ])('exportedName(%j) is %j', (name, expected) => {
    expect(exportedName(name, 'Field')).toBe(expected);
  });

  test.each([
    ['linked', 'Linked'],
    ['invalid_credentials', 'InvalidCredentials'],
    ['azure scim v2.0', 'AzureSCIMV2_0'],
    ['AzureSCIMV2_0', 'AzureSCIMV2_0'],
    ['Cezanne HR', 'CezanneHr'],
    ['2fa', '2fa'],
    ['', 'Empty'],
    ['-', 'Value'],
    ['a.b', 'AB'],
    // A non-ASCII word is capitalised whole (hostile corpus: enum_zoo `ünïcode`), not cut to `NCode`.
    ['ünïcode', 'Ünïcode'],
  ])('constantSuffix(%j) is %j', (name, expected) => {
    expect(constantSuffix(name)).toBe(expected);
  });

  test('NameScope numbers clashes', () => {
    const scope = new NameScope();
    expect(['A', 'A', 'A_2', 'A', 'B'].map((n) => scope.claim(n))).toEqual(['A', 'A_2', 'A_2_2', 'A_3', 'B']);
  });

  test.each([
    ['directorysync', 'directorysync'],
    ['DirectorySync', 'directorysync'],
    ['github.com/workos/directorysync', 'directorysync'],
    ['WorkOS\\Resource', 'resource'],
    ['dir-sync', 'dirsync'],
    ['type', 'models'],
    ['main', 'models'],
    ['9lives', 'models'],
    ['', 'models'],
    [undefined, 'models'],
  ])('packageFromQualifier(%j) is %j', (qualifier, expected) => {
    expect(packageFromQualifier(qualifier)).toBe(expected);
  });

  test.each([
    ['directorysync', undefined],
    ['sdk_v2', undefined],
    ['../x', 'must be a Go identifier: ASCII letters, digits and `_`, not starting with a digit'],
    ['a/b', 'must be a Go identifier: ASCII letters, digits and `_`, not starting with a digit'],
    ['a\\b', 'must be a Go identifier: ASCII letters, digits and `_`, not starting with a digit'],
    ['2x', 'must be a Go identifier: ASCII letters, digits and `_`, not starting with a digit'],
    ['range', '`range` is a Go keyword'],
    ['_', 'the blank identifier cannot name a package'],
    ['main', '`main` names a command, not a library package'],
  ])('packageProblem(%j) is %j', (value, expected) => {
    expect(packageProblem(value)).toBe(expected);
  });

  test.each([
    ['directory', 'directory'],
    ['directory_group', 'directory_group'],
    ['directory-group', 'directory_group'],
    ['DirectoryGroup', 'directory_group'],
    ['sync_test', 'sync_test_model'],
    ['sync_windows', 'sync_windows_model'],
    ['sync_linux_amd64', 'sync_linux_amd64_model'],
    ['sync_arm64', 'sync_arm64_model'],
    ['windows', 'windows'],
    ['_hidden', 'hidden'],
    ['???', 'model'],
  ])('fileStem(%j) is %j', (id, expected) => {
    expect(fileStem(id)).toBe(expected);
  });

  test.each([
    ['linked', '"linked"'],
    ['say "hi"\\', '"say \\"hi\\"\\\\"'],
    ['a\nb\r\tc\u0000\u007f', '"a\\nb\\r\\tc\\x00\\x7f"'],
    ['bom\ufeff', '"bom\\ufeff"'],
    ['lone \ud800', '"lone \\ufffd"'],
    ['Zürich ✓ 😀 \u2028', '"Zürich ✓ 😀 \u2028"'],
    ['${x} #{y} */', '"${x} #{y} */"'],
  ])('goString(%j) is %s', (value, expected) => {
    expect(goString(value)).toBe(expected);
  });

  test.each([
    ['id', false, '`json:"id"`'],
    ['organization_id', true, '`json:"organization_id,omitempty"`'],
    ['-', false, '`json:"-,"`'],
    ['-', true, '`json:"-,omitempty"`'],
    ['a"b', false, '`json:"a\\"b"`'],
  ])('jsonTag(%j, %j) is %s', (wire, optional, expected) => {
    expect(jsonTag(wire, optional)).toBe(expected);
  });
});

describe('go doc comments', () => {
  test.each([
    ['Directory', 'The [Directory](/x) object.', 'Directory is the [Directory](/x) object.'],
    ['Directory', 'A directory.', 'Directory is a directory.'],
    ['Directory', 'An object.', 'Directory is an object.'],
    ['State', 'Describes whether it works.', 'State describes whether it works.'],
    ['Object', 'Always "x".', 'Object always "x".'],
    ['ID', 'Unique identifier for the Directory.', 'ID is unique identifier for the Directory.'],
    ['Domain', 'URL of the domain.', 'Domain is URL of the domain.'],
    ['Status', 'Status of the thing.', 'Status of the thing.'],
    ['Stat', 'Status of the thing.', 'Stat is status of the thing.'],
    ['Name', 'Name of the directory.', 'Name of the directory.'],
    ['Name', 'Name shown to users.', 'Name shown to users.'],
    ['Kind', '`x` or `y`.', 'Kind is `x` or `y`.'],
    ['Kind', 'Is it?', 'Kind is is it?'],
  ])('leadWithName(%j, %j) is %j', (name, first, expected) => {
    expect(leadWithName(name, first)).toBe(expected);
  });

  test('sanitize replaces what Go rejects or reads as a line end', () => {
    expect(sanitize('a\u0000b\ufeffc\td\re\u000bf')).toBe('a b c d e f');
    expect(sanitize('pair 😀 lone \ud800 \udc00')).toBe('pair 😀 lone \ufffd \ufffd');
    expect(sanitize('*/ """ ?> </summary> #{x} ${y} \\')).toBe('*/ """ ?> </summary> #{x} ${y} \\');
  });

  // gofmt rewrites `` and '' in doc comments (hostile corpus: doc_hazard `'''` became `”'`).
  test.each([
    ["Python quotes ''' inside", 'Python quotes \u201d\' inside'],
    ['Markdown ``double`` quotes', 'Markdown \u201cdouble\u201c quotes'],
    ['```fenced``` and ````four````', '```fenced``` and ````four````'],
    ["one ' and ` alone", "one ' and ` alone"],
  ])('doubleQuotes(%j) is %j', (line, expected) => {
    expect(doubleQuotes(line)).toBe(expected);
  });

  test('canonicalLines leaves only paragraphs and headings, as gofmt prints them', () => {
    expect(
      canonicalLines([
        '  First line',
        '- `linked`',
        '    indented',
        '',
        '',
        '',
        'Old Style Heading',
        '',
        '#   New heading  ',
        '',
        'Not a Heading.',
        '',
        "Bob's Heading",
        '',
        '[link]: https://example.com',
        '[other]: not-a-url',
        '',
        'Last Line',
        '',
      ]),
    ).toEqual([
      'First line',
      '- `linked`',
      'indented',
      '',
      '# Old Style Heading',
      '',
      '# New heading',
      '',
      'Not a Heading.',
      '',
      "# Bob's Heading",
      '',
      '[link]: <https://example.com>',
      '[other]: not-a-url',
      '',
      'Last Line',
    ]);
  });

  test('an old-style heading needs text after it', () => {
    expect(canonicalLines(['Intro.', '', 'Looks Like A Heading'])).toEqual(['Intro.', '', 'Looks Like A Heading']);
    expect(canonicalLines(['Intro.', '', 'Looks Like A Heading', '', 'More.'])).toEqual(['Intro.', '', '# Looks Like A Heading', '', 'More.']);
  });

  test('goDocLines starts with the name and drops empty text', () => {
    expect(goDocLines('Directory', ['The Directory object.', '', 'A summary.'])).toEqual(['Directory is the Directory object.', '', 'A summary.']);
    expect(goDocLines('Directory', ['', '  '])).toEqual([]);
  });
});

describe('gofmt column alignment', () => {
  test('pads each cell but the last to its column in a block; a comment starts a new block', () => {
    const rows = [
      ['ID', 'string', '`json:"id"`'],
      ['OrganizationID', '*string', '`json:"organization_id,omitempty"`'],
      ['Größe', 'State', '`json:"g"`'],
      ['X', 'string', '`json:"x"`'],
    ];
    expect(alignColumns(rows, [false, false, true, false]).map((r) => r.paddings)).toEqual([
      ['            ', ' '],
      ['', ''],
      ['', ' '],
      ['    ', ''],
    ]);
  });
});
