/**
 * Hand-built IR models that stress the Go target where the seeds do not:
 * keywords and lowercase names, clashing names, enum values that are not
 * identifiers, descriptions gofmt would reformat or the compiler would
 * reject, wire names a tag must spell carefully, and file names the go tool
 * would read as build constraints, a model named like the `Nullable` helper
 * with a required reference to itself (a pointer, or it would not compile)
 * and nested collections of enums and nullables. Payloads for the round trip
 * come along.
 */
import { Binding, EnumMember, EnumType, Model, Property, TypeRef } from '../../../src/ir/model';

const at = { file: 'specs/odd.yaml', line: 1, column: 1 };

const member = (value: string, primary = true, name = value): EnumMember => ({ name, documentedName: name, wireValue: value, primary });

/** Every kind of value a constant name must survive. */
export const ODD_ENUM_VALUES = ['', '2fa', 'a b', 'a.b', 'a_b', 'A B', 'v2.0', 'v2 0', '"quoted"\\', 'Ünïcode', '-', '!!!', 'linked', 'type'];

const state: EnumType = {
  kind: 'enum',
  name: 'state',
  variant: 'lowercase',
  members: [...ODD_ENUM_VALUES.map((v) => member(v)), member('linked', false), member('active', true, 'Active')],
};

/** Named like the struct that uses it: the struct keeps the name, the enum gets `_2`. */
const clash: EnumType = { kind: 'enum', name: 'func', variant: 'lowercase', members: [member('x')] };

/** Everything a description may hold that could end a comment early or that gofmt would move. */
export const NASTY_DESCRIPTION = [
  'Ends */ early? """ ?> </summary> #{x} ${y} back\\slash \\n Zürich ✓ 😀\r\nCRLF line\rCR line',
  'NUL \u0000 BOM \ufeff tab\there',
  '',
  '',
  '- `linked`',
  '* star',
  '1. numbered',
  '    indented code',
  '\t}',
  '',
  'Old Style Heading',
  '',
  '#  New heading',
  '',
  '[link]: https://example.com/x',
  '',
  '//go:generate rm -rf /',
  '',
  '+build ignore',
  '',
  '//line evil.go:1',
].join('\n');

function prop(name: string, wireName: string, type: TypeRef, optional: boolean, description?: string): Property {
  return { name, fieldId: `odd.${wireName}`, wireName, optional, type, description, location: at };
}

function model(id: string, binding: Omit<Binding, 'language' | 'location' | 'qualifier'>, description: string): Model {
  const fields = binding.properties.map((p) => ({ id: p.fieldId, wireName: p.wireName, wireNameInferred: false, optional: p.optional, description: p.description }));
  return {
    id,
    source: { path: 'specs/odd.yaml', name: 'specs/odd.yaml', title: id, summary: 'Old Style Heading\n\nA summary.' },
    description,
    fields,
    bindings: [{ ...binding, language: 'go', qualifier: 'oddities', location: at }],
  };
}

const string: TypeRef = { kind: 'string' };

export const ODD_MODELS: readonly Model[] = [
  model(
    'odd_windows',
    {
      name: 'func',
      properties: [
        prop('object', 'object', { kind: 'literal', value: 'odd_windows' }, false),
        prop('type', 'type', string, false, NASTY_DESCRIPTION),
        prop('ID', 'id', string, false),
        prop('organization_id', 'organization_id', string, true),
        prop('Name', 'name', string, true),
        prop('name', 'name2', string, true),
        prop('x', 'x', state, true, 'Describes the state.'),
        prop('Clash', 'clash', clash, true),
        prop('dash', '-', string, true),
        prop('spaced', 'a b!#$%&()*+-./:;<=>?@[]^_{|}~', string, true),
        prop('range', 'range', string, true),
        prop('Ünicode', 'ü', string, true),
      ],
    },
    NASTY_DESCRIPTION,
  ),
  model(
    'odd_test',
    {
      name: 'Group',
      properties: [prop('object', 'object', string, false), prop('go', 'go', string, true), prop('state', 'state', state, false, 'The state.')],
    },
    'The odd test group.',
  ),
  model(
    'odd_loop',
    {
      name: 'Nullable',
      properties: [
        prop('object', 'object', { kind: 'literal', value: 'odd_loop' }, false),
        prop('Next', 'next', { kind: 'model', modelId: 'odd_loop', name: 'Nullable', qualifier: 'oddities' }, false),
        prop('Maybe', 'maybe', { kind: 'nullable', inner: { kind: 'list', items: state } }, true),
        prop('Grid', 'grid', { kind: 'map', values: { kind: 'list', items: { kind: 'nullable', inner: { kind: 'integer' } } } }, false),
        prop('Group', 'group', { kind: 'nullable', inner: { kind: 'model', modelId: 'odd_test', name: 'Group' } }, false),
      ],
    },
    'A loop.',
  ),
];

export const ODD_PAYLOADS: readonly Record<string, unknown>[] = [
  {
    object: 'odd_windows',
    type: 'a type',
    id: 'odd_1',
    name: 'first',
    name2: 'second',
    x: '2fa',
    clash: 'unknown value',
    '-': 'dash',
    range: 'r',
    ü: 'umlaut',
    'a b!#$%&()*+-./:;<=>?@[]^_{|}~': 'punctuation',
    undocumented: { nested: true },
  },
  { object: 'odd_windows', type: '', id: '', x: '' },
  { object: 'odd_test', go: 'went', state: 'never listed' },
  {
    object: 'odd_loop',
    next: { object: 'odd_loop', next: null, grid: {}, group: { object: 'odd_test', state: 'linked', extra: 1 } },
    maybe: ['2fa', 'not listed'],
    grid: { a: [1, null, -3], b: [] },
    group: null,
  },
];
