import { ReferenceLanguage } from '../../../src/ir/languages';
import { acceptedSpellings, readSpelling, SpelledType } from '../../../src/docs/normalize/type-spellings';

function show(t: SpelledType): string {
  switch (t.kind) {
    case 'list':
      return `list<${show(t.items)}>`;
    case 'map':
      return `map<${show(t.values)}>`;
    case 'nullable':
      return `${show(t.inner)}?`;
    case 'literal':
      return `"${t.value}"`;
    case 'named':
      return t.qualifier ? `${t.qualifier}::${t.name}` : t.name;
    case 'enum-keyword':
      return 'enum';
    default:
      return t.kind;
  }
}

const read = (language: ReferenceLanguage, text: string) => {
  const r = readSpelling(language, text);
  return r.ok ? show(r.type) : `error: ${r.reason}`;
};

const TABLE: Record<ReferenceLanguage, [string, string][]> = {
  curl: [['string', 'string'], ['boolean', 'boolean'], ['integer', 'integer'], ['number', 'number'], ['object', 'map<any>'], ['array', 'list<any>'], ['string[]', 'list<string>'], ['string | null', 'string?'], ['enum', 'enum'], ['"directory"', '"directory"']],
  js: [
    ['string', 'string'], ['boolean', 'boolean'], ['number', 'number'], ['any', 'any'], ['unknown', 'any'],
    ['string[]', 'list<string>'], ['Array<string>', 'list<string>'], ['ReadonlyArray<number>', 'list<number>'], ['DirectoryGroup[][]', 'list<list<DirectoryGroup>>'],
    ['Record<string, unknown>', 'map<any>'], ['{ [key: string]: string }', 'map<string>'], ['string | null', 'string?'], ['null | Role', 'Role?'], ['(string | null)[]', 'list<string?>'], ['string[] | null', 'list<string>?'],
    ['"directory_user"', '"directory_user"'], ['DirectoryState', 'DirectoryState'],
    ['"odd \\"quote\\" caf\\u00e9"', '"odd "quote" café"'], ['"not json \\q"', '"not json \\q"'], ["'single \\'quote\\''", '"single \'quote\'"'],
  ],
  go: [
    ['string', 'string'], ['bool', 'boolean'], ['int', 'integer'], ['int64', 'integer'], ['uint32', 'integer'], ['float64', 'number'], ['float32', 'number'],
    ['interface{}', 'any'], ['any', 'any'], ['json.RawMessage', 'any'], ['[]string', 'list<string>'], ['[][]Group', 'list<list<Group>>'], ['map[string]interface{}', 'map<any>'], ['map[string][]Role', 'map<list<Role>>'],
    ['*string', 'string?'], ['*Role', 'Role?'], ['[]*Group', 'list<Group?>'], ['directorysync.Group', 'directorysync::Group'],
  ],
  java: [
    ['String', 'string'], ['boolean', 'boolean'], ['Boolean', 'boolean'], ['int', 'integer'], ['Long', 'integer'], ['double', 'number'], ['Float', 'number'], ['Object', 'any'], ['JsonNode', 'any'],
    ['List<String>', 'list<string>'], ['List<List<Group>>', 'list<list<Group>>'], ['String[]', 'list<string>'], ['Map<String, Object>', 'map<any>'], ['Map<String, List<Role>>', 'map<list<Role>>'], ['@Nullable String', 'string?'], ['List<@Nullable String>', 'list<string?>'], ['@Nullable List<Role>', 'list<Role>?'],
  ],
  python: [
    ['str', 'string'], ['bool', 'boolean'], ['int', 'integer'], ['float', 'number'], ['Any', 'any'], ['object', 'any'],
    ['list[str]', 'list<string>'], ['List[DirectoryGroup]', 'list<DirectoryGroup>'], ['Sequence[int]', 'list<integer>'], ['dict[str, Any]', 'map<any>'], ['Dict[str, List[str]]', 'map<list<string>>'], ['Mapping[str, str]', 'map<string>'],
    ['Optional[str]', 'string?'], ['str | None', 'string?'], ['Union[str, None]', 'string?'], ['Optional[List[Role]]', 'list<Role>?'],
  ],
  ruby: [
    ['String', 'string'], ['Boolean', 'boolean'], ['Integer', 'integer'], ['Float', 'number'], ['Object', 'any'], ['Hash', 'map<any>'], ['Array', 'list<any>'],
    ['Array<String>', 'list<string>'], ['Array<DirectoryGroup>', 'list<DirectoryGroup>'], ['Hash{String => Object}', 'map<any>'], ['Hash<String, Integer>', 'map<integer>'], ['String, nil', 'string?'], ['String | nil', 'string?'], ['Role, nil', 'Role?'], ['Array<String, nil>', 'list<string?>'],
  ],
  php: [
    ['string', 'string'], ['bool', 'boolean'], ['int', 'integer'], ['float', 'number'], ['mixed', 'any'], ['array', 'map<any>'],
    ['string[]', 'list<string>'], ['array<string>', 'list<string>'], ['list<DirectoryGroup>', 'list<DirectoryGroup>'], ['array<string, mixed>', 'map<any>'], ['?string', 'string?'], ['string|null', 'string?'], ['?Role', 'Role?'],
    ['WorkOS\\Resource\\Role', 'WorkOS\\Resource::Role'],
  ],
  dotnet: [
    ['string', 'string'], ['bool', 'boolean'], ['int', 'integer'], ['long', 'integer'], ['double', 'number'], ['decimal', 'number'], ['object', 'any'], ['JToken', 'any'],
    ['List<string>', 'list<string>'], ['IList<Group>', 'list<Group>'], ['string[]', 'list<string>'], ['Dictionary<string, object>', 'map<any>'], ['IDictionary<string, List<string>>', 'map<list<string>>'], ['string?', 'string?'], ['int?', 'integer?'],
  ],
};

describe.each(Object.entries(TABLE) as [ReferenceLanguage, [string, string][]][])('%s spellings', (language, rows) => {
  test.each(rows)(`${language} \`%s\` → %s`, (text, expected) => expect(read(language, text)).toBe(expected));
});

test.each([
  ['python', 'string[]', 'error: `string[]`: array forms are not spelt this way in python'],
  ['java', '*String', 'error: `*String`: pointers are not spelt this way in java'],
  ['js', '?string', 'error: `?string`: `?T` is not spelt this way in js'],
  ['dotnet', '?string', 'error: `?string`: `?T` is not spelt this way in dotnet'],
  ['php', '@Nullable string', 'error: `@Nullable string`: `@Nullable T` is not spelt this way in php'],
  ['java', 'Map<Integer, String>', 'error: `Map<Integer, String>`: map keys must be strings in java'],
  ['js', 'string | number', 'error: `string | number`: only "a type or null" unions are supported in js'],
  ['go', 'map[string]', 'error: `map[string]` is not a type spelling modelgen can read'],
  ['js', 'Array<Array<'.repeat(40) + 'string' + '>>'.repeat(40), 'error: `' + 'Array<Array<'.repeat(40) + 'string' + '>>'.repeat(40) + '` is not a type spelling modelgen can read'],
] as [ReferenceLanguage, string, string][])('%s `%s` is refused: %s', (language, text, expected) => expect(read(language, text)).toBe(expected));

test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('`%s` is a type name, not a scalar inherited from Object.prototype', (name) => {
  expect(read('java', name)).toBe(name);
  expect(read('js', `${name}[]`)).toBe(`list<${name}>`);
});

test('the hint lists what a language accepts', () => {
  expect(acceptedSpellings('python')).toBe(
    'str, bool, int, float, Any, object, list[T], List[T], Sequence[T], dict[str, T], Dict[str, T], Mapping[str, T], Optional[T], T | None, a quoted literal (\'"value"\'), enum, or the name of an enum or model type',
  );
});
