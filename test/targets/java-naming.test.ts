import {
  blockTag,
  commentText,
  componentName,
  constantName,
  docText,
  javadoc,
  packageProblem,
  stringLiteral,
  typeName,
  uniqueNames,
  unknownConstantName,
} from '../../src/targets/java/naming';
import { buildEnumView } from '../../src/targets/java/enum-view';
import { EnumType } from '../../src/ir/model';

describe('java names', () => {
  test.each([
    ['Directory', 'Directory'],
    ['directory group', 'DirectoryGroup'],
    ['class', 'class_'],
    ['record', 'record_'],
    ['var', 'var_'],
    ['String', 'String_'],
    ['ModelJson', 'ModelJson_'],
    ['TypeReference', 'TypeReference_'],
    ['JsonNullable', 'JsonNullable_'],
    ['List', 'List_'],
    ['Map', 'Map_'],
    ['Long', 'Long_'],
    ['Override', 'Override_'],
    ['2fa', '_2fa'],
    ['', 'Model'],
  ])('type %j -> %j', (name, expected) => {
    expect(typeName(name)).toBe(expected);
  });

  test.each([
    ['externalKey', 'externalKey'],
    ['obj', 'obj'],
    ['class', 'class_'],
    ['default', 'default_'],
    ['import', 'import_'],
    ['package', 'package_'],
    ['hashCode', 'hashCode_'],
    ['toString', 'toString_'],
    ['_', '__'],
    ['idp id', 'idpId'],
    ['3d', '_3d'],
  ])('component %j -> %j', (name, expected) => {
    expect(componentName(name)).toBe(expected);
  });

  test.each([
    ['Active', 'Active'],
    ['CezanneHR', 'CezanneHR'],
    ['AzureSCIMV2_0', 'AzureSCIMV2_0'],
    ['default', 'default_'],
    ['value', 'value_'],
    ['Known', 'Known_'],
    ['wireValue', 'wireValue'],
    ['Cezanne HR', 'CezanneHr'],
    ['v2', 'v2'],
  ])('constant %j -> %j', (name, expected) => {
    expect(constantName(name)).toBe(expected);
  });

  test.each([
    [['Active', 'Linked'], 'Unknown'],
    [['Unknown', 'Known'], 'Unknown2'],
    [['Unknown', 'Unknown2'], 'Unknown3'],
  ])('fallback constant among %j is %j', (names, expected) => {
    expect(unknownConstantName(names)).toBe(expected);
  });

  test('unique names number later clashes', () => {
    expect(uniqueNames(['class_', 'a', 'class_', 'class_'])).toEqual(['class_', 'a', 'class_2', 'class_3']);
  });
});

describe('java package option', () => {
  test.each([
    ['com.workos.directorysync.models', undefined],
    ['models', undefined],
    ['org.example_2.$x', undefined],
    ['com..models', '`com..models` is not a dotted Java package name (segments are ASCII identifiers separated by single dots, e.g. com.example.models)'],
    ['..', '`..` is not a dotted Java package name (segments are ASCII identifiers separated by single dots, e.g. com.example.models)'],
    ['com/workos', '`com/workos` is not a dotted Java package name (segments are ASCII identifiers separated by single dots, e.g. com.example.models)'],
    ['com\\workos', '`com\\workos` is not a dotted Java package name (segments are ASCII identifiers separated by single dots, e.g. com.example.models)'],
    ['com.2fa', '`com.2fa` is not a dotted Java package name (segments are ASCII identifiers separated by single dots, e.g. com.example.models)'],
    ['.com', '`.com` is not a dotted Java package name (segments are ASCII identifiers separated by single dots, e.g. com.example.models)'],
    ['com.class.models', '`com.class.models` uses the Java reserved word `class` as a package segment'],
    ['com.workos.package', '`com.workos.package` uses the Java reserved word `package` as a package segment'],
  ])('%j -> %j', (value, problem) => {
    expect(packageProblem(value)).toBe(problem);
  });
});

describe('java string literals', () => {
  test.each([
    ['directory', '"directory"'],
    ['azure scim v2.0', '"azure scim v2.0"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['\\u000a', '"\\\\u000a"'],
    ['line\nbreak\r\ttab', '"line\\nbreak\\r\\ttab"'],
    ['nul\u0000bell\u0007del\u007f', '"nul\\000bell\\007del\\177"'],
    ['café ✓', '"caf\\u00e9 \\u2713"'],
    ['\\é', '"\\\\\\u00e9"'],
    ['😀', '"\\ud83d\\ude00"'],
  ])('%j -> %s', (value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });
});

describe('java comment text', () => {
  test.each([
    ['plain text', 'plain text'],
    ['\\u000a ends a // comment', '\\u005cu000a ends a // comment'],
    ['\\\\u002a\\u002f', '\\u005c\\u005cu002a\\u005cu002f'],
    ['\\uuuu000a', '\\u005cuuuu000a'],
    ['C:\\temp\\new', 'C:\\temp\\new'],
    ['organization’s', 'organization\\u2019s'],
    ['\\é', '\\u005c\\u00e9'],
    ['one\ntwo\r\nthree', 'one two three'],
  ])('%j -> %j', (text, expected) => {
    expect(commentText(text)).toBe(expected);
  });
});

describe('javadoc text', () => {
  test.each([
    ['The name of the directory.', 'The name of the directory.'],
    ['ends early */ here', 'ends early *&#47; here'],
    ['/** nested */', '/** nested *&#47;'],
    ['@deprecated at the start', '&#64;deprecated at the start'],
    ['   @see indented', '   &#64;see indented'],
    ['mail support@workos.com', 'mail support@workos.com'],
    ['inline {@code x} tag', 'inline {&#64;code x} tag'],
    ['</summary> <b>', '&lt;/summary&gt; &lt;b&gt;'],
    ['a & b &amp;', 'a &amp; b &amp;amp;'],
    ['"""  ?>  #{x}  ${y}', '"""  ?&gt;  #{x}  ${y}'],
    ['\\u002a\\u002f', '\\u005cu002a\\u005cu002f'],
    ['Zürich ✓', 'Z\\u00fcrich \\u2713'],
  ])('%j -> %j', (text, expected) => {
    expect(docText(text)).toBe(expected);
  });

  test('paragraphs get <p>, tags follow a blank line, one short line stays single', () => {
    expect(javadoc(['First.', 'Still first.', '', 'Second <here>.'], ['@param id The id.'])).toEqual({
      lines: ['First.', 'Still first.', '', '<p>Second &lt;here&gt;.', '', '@param id The id.'],
      single: null,
    });
    expect(javadoc(['Short.'])).toEqual({ lines: ['Short.'], single: 'Short.' });
    expect(javadoc([])).toEqual({ lines: [], single: null });
  });

  test('block tags indent their continuation lines and escape their text', () => {
    expect(blockTag('@param state', ['Describes */ it.', '@since never', '', 'More.'])).toEqual([
      '@param state Describes *&#47; it.',
      '    &#64;since never',
      '',
      '    <p>More.',
    ]);
    expect(blockTag('@param id', [])).toEqual([]);
  });
});

describe('java enum fallback wire value', () => {
  const enumOf = (...values: string[]): EnumType => ({
    kind: 'enum',
    name: 'Code',
    variant: 'titlecase',
    members: values.map((v, i) => ({ name: `M${i}`, documentedName: `M${i}`, wireValue: v, primary: true })),
  });

  // Hostile corpus: enum_zoo lists `unknown`; the fallback must neither take that value nor go on the wire.
  test('a member with the wire value unknown keeps it; the fallback is only a Known constant', () => {
    const view = buildEnumView(enumOf('unknown', 'on'), [], '// h', 'p');
    expect(view.cases).toEqual([
      { wireValue: '"unknown"', constant: 'M0' },
      { wireValue: '"on"', constant: 'M1' },
    ]);
    expect(view.known.map((k) => k.name)).toEqual(['M0', 'M1']);
    expect(view.unknown.name).toBe('Unknown');
    expect(view.constants.map((c) => c.value)).toEqual(['new Code("unknown", Known.M0)', 'new Code("on", Known.M1)']);
  });
});
