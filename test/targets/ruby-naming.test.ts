import { Model } from '../../src/ir/model';
import { rubyClassNames } from '../../src/targets/ruby/view-model';
import { className, commentLines, fileName, headerComment, methodName, moduleFolder, stringLiteral, validateModulePath } from '../../src/targets/ruby/naming';

describe('ruby methodName', () => {
  test.each([
    ['id', 'id'],
    ['organization_id', 'organization_id'],
    ['type', 'type'],
    ['name', 'name'],
    ['quoteKey', 'quoteKey'],
    ['address_line_1', 'address_line_1'],
    ['_private', '_private'],
    // keywords
    ['class', 'class_'],
    ['end', 'end_'],
    ['self', 'self_'],
    ['nil', 'nil_'],
    ['__FILE__', '__FILE___'],
    // methods every object has
    ['object_id', 'object_id_'],
    ['hash', 'hash_'],
    ['send', 'send_'],
    ['method', 'method_'],
    ['format', 'format_'],
    ['p', 'p_'],
    ['to_s', 'to_s_'],
    ['to_json', 'to_json_'],
    // defined by the generated class
    ['to_h', 'to_h_'],
    ['initialize', 'initialize_'],
    // its instance variable @wire_keys remembers the keys read
    ['wire_keys', 'wire_keys_'],
    // not method identifiers: snake_cased, then checked again
    ['ID', 'id'],
    ['OrganizationId', 'organization_id'],
    ['Class', 'class_'],
    ['idp-id', 'idp_id'],
    ['valid?', 'valid'],
    ['2fa', '_2fa'],
    ['---', 'value'],
  ])('%s → %s', (name, expected) => {
    expect(methodName(name)).toBe(expected);
  });

  test('never gives two properties the same reader', () => {
    expect(methodName('class', new Set(['class_']))).toBe('class__');
    expect(methodName('ID', new Set(['id']))).toBe('id_');
  });
});

describe('ruby className', () => {
  test.each([
    ['Directory', 'Directory'],
    ['DirectoryGroup', 'DirectoryGroup'],
    ['directory_group', 'DirectoryGroup'],
    ['JSON', 'JSONModel'],
    ['3D', 'Model3D'],
    ['', 'Model'],
  ])('%s → %s', (name, expected) => {
    expect(className(name)).toBe(expected);
  });
});

describe('ruby class names of a run', () => {
  const model = (id: string, name: string): Model => ({
    id,
    source: { path: 'specs/x.yaml', name: 'specs/x.yaml' },
    fields: [],
    bindings: [{ language: 'ruby', name, properties: [], location: { file: 'specs/x.yaml', line: 1, column: 1 } }],
  });

  // Hostile corpus: helper-collisions has JSON and JSONModel, which both became `class JSONModel`.
  test('an escaped name gives way to a documented one, whatever the order', () => {
    const names = rubyClassNames([model('json_doc', 'JSON'), model('json_model', 'JSONModel'), model('widget', 'Widget')]);
    expect([...names]).toEqual([['json_model', 'JSONModel'], ['widget', 'Widget'], ['json_doc', 'JSONModel2']]);
  });

  test('two models documented with one name get two classes', () => {
    expect([...rubyClassNames([model('a', 'Thing'), model('b', 'Thing')])]).toEqual([['a', 'Thing'], ['b', 'Thing2']]);
  });
});

describe('ruby module option', () => {
  test.each([
    ['WorkOS', undefined],
    ['Acme::Sdk', undefined],
    ['A1::B2::C3', undefined],
  ])('%s is accepted', (value, expected) => {
    expect(validateModulePath(value)).toBe(expected);
  });

  const notAPath = (v: string) =>
    `\`${v}\` is not a Ruby module path; expected CamelCase constants joined by \`::\` (\`WorkOS\`, \`Acme::Sdk\`), ASCII letters and digits only`;
  test.each(['workos', '../WorkOS', 'Work/OS', 'Work\\OS', 'Acme::', '::Acme', 'Acme:Sdk', 'Work_OS', 'Acme::sdk', 'Acme Sdk', ''])('%j is rejected', (value) => {
    expect(validateModulePath(value)).toBe(notAPath(value));
  });

  test('JSON would hide the json library', () => {
    expect(validateModulePath('Acme::JSON')).toBe("`Acme::JSON` would hide `JSON` (Ruby's, or the models' runtime) inside the module; pick another name");
    expect(validateModulePath('ModelRuntime')).toBe("`ModelRuntime` would hide `ModelRuntime` (Ruby's, or the models' runtime) inside the module; pick another name");
  });

  test.each([
    ['WorkOS', 'workos'],
    ['Acme::Sdk', 'acme/sdk'],
    ['MyCompany', 'my_company'],
    ['HTTPClient', 'http_client'],
    ['Acme::SdkClient', 'acme/sdk_client'],
    ['AcmeSDK', 'acmesdk'],
  ])('folder of %s is %s', (value, expected) => {
    expect(moduleFolder(value)).toBe(expected);
  });

  test.each([
    ['directory', 'directory'],
    ['directory_group', 'directory_group'],
    ['directory-group', 'directory_group'],
    ['--', 'model'],
  ])('file of %s is %s', (id, expected) => {
    expect(fileName(id)).toBe(expected);
  });
});

describe('ruby stringLiteral', () => {
  test.each([
    ['id', "'id'"],
    ['idp_id', "'idp_id'"],
    ['a\\b', "'a\\\\b'"],
    ['say "hi"', `'say "hi"'`],
    ["it's", `"it's"`],
    ["it's \"q\" \\", `"it's \\"q\\" \\\\"`],
    ['#{x}', '"\\#{x}"'],
    ["#{x} #@y #$z '", `"\\#{x} \\#@y \\#$z '"`],
    ['#@y', "'#@y'"],
    ['a\nb\tc\u0000', '"a\\nb\\tc\\u0000"'],
    ['Zürich ✓', "'Zürich ✓'"],
  ])('%j → %s', (value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });
});

describe('ruby comments', () => {
  test.each([
    [['Plain text.'], ['# Plain text.']],
    [['First.', '', 'Second.'], ['# First.', '#', '# Second.']],
    [['=begin', '=end', '__END__'], ['# =begin', '# =end', '# __END__']],
    [['Ends */ and """ and ?> and </summary>'], ['# Ends */ and """ and ?> and </summary>']],
    [['Has #{interpolation} and ${dollar} and \\ backslash'], ['# Has #{interpolation} and ${dollar} and \\ backslash']],
    [['@return [Integer] not a tag', '  @indented stays'], ['# \\@return [Integer] not a tag', '#   @indented stays']],
    [['(see Other) is text', '(see Other) later is plain'], ['# \\(see Other) is text', '# (see Other) later is plain']],
    [['  (see Other)'], ['#   \\(see Other)']],
    [['mid @tag and (see X)'], ['# mid @tag and (see X)']],
    [[], []],
  ])('%j', (lines, expected) => {
    expect(commentLines(lines)).toEqual(expected);
  });

  test('the header cannot become an Emacs-style magic comment', () => {
    expect(headerComment('Code generated by modelgen from specs/directory.mdx. DO NOT EDIT.')).toBe('# Code generated by modelgen from specs/directory.mdx. DO NOT EDIT.');
    expect(headerComment('Code generated by modelgen from specs/-*- frozen_string_literal: false -*-.mdx. DO NOT EDIT.')).toBe(
      '# Code generated by modelgen from specs/-\\*- frozen_string_literal: false -\\*-.mdx. DO NOT EDIT.',
    );
  });
});
