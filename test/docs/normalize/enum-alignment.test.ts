import { alignEnum } from '../../../src/docs/normalize/enum-alignment';
import { parseDescriptionText } from '../../../src/docs/normalize/enum-text';
import { editDistance, inferWireValue, nameKey, nearestName, sanitizeIdentifier } from '../../../src/docs/normalize/name-keys';
import { DescriptionVariant } from '../../../src/ir/model';

const lists = (entries: Record<string, string[]>) => new Map(Object.entries(entries) as [DescriptionVariant, string[]][]);
const pairs = (variant: DescriptionVariant, entries: Record<string, string[]>) =>
  alignEnum(lists(entries)).members.get(variant)?.map((m) => `${m.name}=${m.wireValue}${m.primary ? '' : '*'}`);

describe('parseDescriptionText', () => {
  test.each([
    ['plain prose', 'Just text.', { prose: 'Just text.' }],
    ['a trailing list', 'The state.\n- `a`\n- `b c`\n', { prose: 'The state.', values: ['a', 'b c'] }],
    ['inline code is not a list', 'Use `a` or `b`.', { prose: 'Use `a` or `b`.' }],
    ['a list followed by prose is not an enum', '- `a`\nthen prose', { prose: '- `a`\nthen prose' }],
    ['blank lines inside the list', 'S.\n\n- `a`\n\n- `b`\n', { prose: 'S.', values: ['a', 'b'] }],
    ['CRLF line ends', 'S.\r\n- `a`\r\n- `b`\r\n', { prose: 'S.', values: ['a', 'b'] }],
    ['an empty value', 'S.\n- ``\n', { prose: 'S.', values: [''] }],
  ])('%s', (_name, text, expected) => {
    expect(parseDescriptionText(text)).toEqual(expected);
  });
});

describe('name keys', () => {
  test.each([
    ['AzureSCIMV2_0', 'azurescimv20'],
    ['azure scim v2.0', 'azurescimv20'],
    ['Cezanne HR', 'cezannehr'],
  ])('nameKey(%j) = %j', (name, key) => expect(nameKey(name)).toBe(key));

  test.each([
    ['jumpcloudscim20', 'jumpcloudscimv20', 1],
    ['abc', 'abc', 0],
    ['abc', 'xyz', 2],
    ['a', 'abcdef', 2],
  ])('editDistance(%j, %j) = %d (capped at 2)', (a, b, d) => expect(Math.min(editDistance(a, b, 1), 2)).toBe(d));

  test.each([
    ['integr', ['string', 'integer', 'number'], 'integer'],
    ['Strin', ['String', 'Integer'], 'String'],
    ['STRING', ['String'], 'String'],
    ['Grup', ['Group', 'User'], 'Group'],
    ['Gruop', ['Group'], 'Group'],
    ['pyhton', ['go', 'python'], 'python'],
    ['Gruopp', ['Group'], undefined],
    ['Gadget', ['Widget'], undefined],
    ['Widget', ['Widget'], undefined],
    ['Foo', ['Bar', 'Boo', 'Fo'], 'Boo'],
    ['ab', ['abc'], undefined],
    ['Organisation', ['Organization', 'Organisations'], 'Organization'],
  ])('nearestName(%j, %j) = %j (one edit below 8 characters, two from 8 on)', (name, candidates, nearest) =>
    expect(nearestName(name, candidates)).toBe(nearest),
  );

  test.each([
    ['Cezanne HR', 'CezanneHR'],
    ['okta-scim', 'oktaScim'],
    ['2fa', '_2fa'],
    ['a.b/c', 'aBC'],
    ['', 'Empty'],
    ['!!', 'Empty'],
  ])('sanitizeIdentifier(%j) = %j', (name, id) => expect(sanitizeIdentifier(name)).toBe(id));

  test.each([
    ['CyberarkSCIMV2_0', 'cyberark scim v2.0'],
    ['FourthHr', 'fourth hr'],
    ['Gusto', 'gusto'],
    ['PeopleHR', 'people hr'],
    ['OAuth2', 'o auth2'],
  ])('inferWireValue(%j) = %j', (member, value) => expect(inferWireValue(member)).toBe(value));
});

describe('alignEnum', () => {
  test('equal-length lists align by position', () => {
    expect(pairs('lowercaseNormalized', { lowercase: ['linked', 'unlinked'], lowercaseNormalized: ['active', 'inactive'] })).toEqual(['active=linked', 'inactive=unlinked']);
  });

  test('equal-length lists that all match by key align by key, whatever the order', () => {
    expect(pairs('titlecase', { lowercase: ['a b', 'c'], titlecase: ['C', 'AB'] })).toEqual(['C=c', 'AB=a b']);
  });

  test('members borrow, approximate or infer, and report each', () => {
    const result = alignEnum(
      lists({ lowercase: ['jump cloud scim v2.0', 'linked'], lowercaseNormalized: ['jump cloud scim v2.0', 'active'], titlecase: ['JumpCloudSCIM2_0', 'Linked', 'Active', 'NewOne'] }),
    );
    expect(result.members.get('titlecase')?.map((m) => `${m.name}=${m.wireValue}`)).toEqual(['JumpCloudSCIM2_0=jump cloud scim v2.0', 'Linked=linked', 'Active=active', 'NewOne=new one']);
    expect(result.findings.map((f) => f.kind)).toEqual(['approximate', 'borrowed', 'inferred']);
    expect(result.values.map((v) => `${v.value}${v.inferred ? '?' : ''}`)).toEqual(['jump cloud scim v2.0', 'linked', 'active', 'new one?']);
  });

  test('wire values no member names are reported', () => {
    const result = alignEnum(lists({ lowercase: ['a', 'b', 'c'], titlecase: ['A'] }));
    expect(result.findings).toEqual([
      { kind: 'uncovered', variant: 'titlecase', value: 'b' },
      { kind: 'uncovered', variant: 'titlecase', value: 'c' },
    ]);
  });

  test('sanitised names that collide get a suffix; a repeated wire value is not primary', () => {
    expect(pairs('titlecase', { lowercase: ['a b'], titlecase: ['A B', 'A-B'] })).toEqual(['AB=a b', 'AB2=a b*']);
  });

  test('an ambiguous approximate match is not taken', () => {
    expect(pairs('titlecase', { lowercase: ['abcdef', 'abcdeg', 'x'], titlecase: ['Abcde'] })).toEqual(['Abcde=abcde']);
  });

  test('short keys never match approximately', () => {
    expect(pairs('titlecase', { lowercase: ['x', 'z'], titlecase: ['Y'] })).toEqual(['Y=y']);
  });
});
