import { exampleText, memberNoteLines, typeFormat, typeNoteLines } from '../../src/targets/member-notes';
import { numberLiteral } from '../../src/targets/naming';

describe('member notes', () => {
  test.each([
    [{ kind: 'string', format: 'date-time' } as const, 'date-time'],
    [{ kind: 'nullable', inner: { kind: 'integer', format: 'int64' } } as const, 'int64'],
    [{ kind: 'list', items: { kind: 'string', format: 'uri' } } as const, 'uri'],
    [{ kind: 'string' } as const, undefined],
  ])('the format of %j is %s', (type, format) => {
    expect(typeFormat(type)).toBe(format);
  });

  test('format, read-only, write-only and the example, in that order', () => {
    expect(memberNoteLines({ type: { kind: 'string', format: 'email' }, readOnly: true, writeOnly: true, example: 'a@example.com' })).toEqual([
      'Format: email.',
      'Read-only: the API sends it and ignores it in requests.',
      'Write-only: the API accepts it and never sends it.',
      'Example: "a@example.com"',
    ]);
    expect(memberNoteLines({ type: { kind: 'boolean' } })).toEqual([]);
    expect(memberNoteLines({ type: { kind: 'boolean' }, example: false })).toEqual(['Example: false']);
  });

  test('an example is one line of JSON, cut after 120 characters', () => {
    expect(exampleText({ a: [1, 'x', null] })).toBe('{"a":[1,"x",null]}');
    expect(exampleText('x'.repeat(200))).toHaveLength(120);
    expect(exampleText('x'.repeat(200)).endsWith('...')).toBe(true);
    expect(typeNoteLines({ example: { object: 'widget' } })).toEqual(['Example: {"object":"widget"}']);
    expect(typeNoteLines({})).toEqual([]);
  });
});

test.each([
  [2, '2L'],
  [-7, '-7L'],
  [0.5, '0.5'],
  [1e21, '1e+21'],
  [2 ** 53, '9007199254740992.0'],
])('the Java and C# literal of %d is %s', (value, literal) => {
  expect(numberLiteral(value)).toBe(literal);
});
