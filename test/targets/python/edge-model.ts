/**
 * A model no spec has: keyword, builtin and clashing field names, odd wire
 * keys, a literal with quotes, and descriptions that try to end a docstring.
 */
import { Model, Property, TypeRef } from '../../../src/ir/model';

const at = { file: 'specs/edge.mdx', line: 1, column: 1 };

export const EDGE_MODEL_DOC =
  '"Quoted" start, with """triple quotes""" and a backslash \\ and \\"\\"\\"\r\n' +
  'Ends */ ?> </summary> #{x} ${y} \u00e9\u00e8 Z\u00fcrich \u2713 \u{1F600}\r\n' +
  '    indented line\twith a tab, a\u00a0no-break space and a\u2028line separator\n' +
  '\n' +
  'last line ends with a backslash \\';

function property(name: string, wireName: string, type: TypeRef, description: string, optional = false): Property {
  return { name, fieldId: `edge.${name}`, wireName, optional, type, description, location: at };
}

const EDGE_PROPERTIES: Property[] = [
  property('kind', 'kind', { kind: 'literal', value: 'edge "x"' }, 'A literal with "quotes".'),
  property('class', 'class', { kind: 'string' }, 'Ends in a quote: "class"'),
  property('from', 'from', { kind: 'string' }, 'Optional, and a keyword.\n    Lines all indented\n      are dedented as Black does.', true),
  property('str', 'str', { kind: 'string' }, 'Would shadow the builtin used in annotations.'),
  property('type', 'type-name', { kind: 'string' }, 'A builtin name kept as is; wire key with a dash.'),
  property('to_dict', 'to_dict', { kind: 'string' }, 'Would be replaced by the method.'),
  property('2fa', '2fa', { kind: 'string' }, '""" alone'),
  property('quote', `it's "q"`, { kind: 'string' }, 'C:\\path\\', true),
  property('state', 'state', {
    kind: 'enum', name: 'EdgeState', variant: 'lowercase',
    members: [{ name: 'on', documentedName: 'on', wireValue: 'on', primary: true }],
  }, 'An enum type stays an open string.'),
];

export const EDGE_MODEL: Model = {
  id: 'edge',
  source: { path: 'specs/edge.mdx', name: 'specs/edge.mdx' },
  description: EDGE_MODEL_DOC,
  fields: [],
  bindings: [{ language: 'python', name: 'Edge', properties: EDGE_PROPERTIES, location: at }],
};

/** A payload with every wire key, plus one the model does not know. */
export const EDGE_PAYLOAD = {
  kind: 'edge "x"',
  class: 'c',
  from: 'f',
  str: 's',
  'type-name': 't',
  to_dict: 'd',
  '2fa': 'yes',
  [`it's "q"`]: 'q',
  state: 'paused',
  unknown: { nested: true },
};

const longAt = { file: 'specs/long.mdx', line: 1, column: 1 };
const self: TypeRef = { kind: 'model', modelId: 'long_names', name: 'LongNames' };
const edge: TypeRef = { kind: 'model', modelId: 'edge', name: 'Edge' };

function longProperty(name: string, type: TypeRef, optional = false, wireName = name): Property {
  return { name, fieldId: `long_names.${name}`, wireName, optional, type, description: `The ${name}.`, location: longAt };
}

/**
 * Names long enough that Black splits the lines reading and writing them, a
 * field named like a class its annotations use, and every nesting of a
 * self-reference with optional, nullable and both.
 */
export const LONG_MODEL: Model = {
  id: 'long_names',
  source: { path: 'specs/long.mdx', name: 'specs/long.mdx' },
  description: 'Long names.',
  fields: [],
  bindings: [
    {
      language: 'python',
      name: 'LongNames',
      location: longAt,
      properties: [
        longProperty('children_by_longer_name', { kind: 'nullable', inner: { kind: 'map', values: { kind: 'nullable', inner: self } } }, true),
        longProperty('edge_with_a_long_field_name_here', edge),
        longProperty('a_field_whose_wire_key_is_long', { kind: 'string' }, false, 'a_field_whose_wire_key_is_really_quite_long_so_that_the_line_breaks_once'),
        longProperty('nested_lists_of_nullable_nodes', { kind: 'list', items: { kind: 'list', items: { kind: 'nullable', inner: self } } }),
        longProperty('Edge', { kind: 'integer' }),
        longProperty('UNSET', { kind: 'nullable', inner: { kind: 'number' } }),
        longProperty('optional_long_key', { kind: 'boolean' }, true, 'an_optional_field_whose_wire_key_is_long_enough_to_break_the_line'),
      ],
    },
  ],
};

const EDGE_REQUIRED = { kind: 'edge "x"', class: 'c', str: 's', 'type-name': 't', to_dict: 'd', '2fa': 'yes', state: 'on' };

/** A LongNames payload: nested nodes with keys absent, null and present. */
export const LONG_PAYLOAD = {
  children_by_longer_name: {
    a: null,
    b: {
      edge_with_a_long_field_name_here: EDGE_REQUIRED,
      a_field_whose_wire_key_is_really_quite_long_so_that_the_line_breaks_once: 'inner',
      nested_lists_of_nullable_nodes: [],
      Edge: 2,
      UNSET: null,
      children_by_longer_name: null,
    },
  },
  edge_with_a_long_field_name_here: { ...EDGE_REQUIRED, from: 'f', unknown: 1 },
  a_field_whose_wire_key_is_really_quite_long_so_that_the_line_breaks_once: 'outer',
  nested_lists_of_nullable_nodes: [
    [null],
    [],
    [
      {
        edge_with_a_long_field_name_here: EDGE_REQUIRED,
        a_field_whose_wire_key_is_really_quite_long_so_that_the_line_breaks_once: 'deep',
        nested_lists_of_nullable_nodes: [[]],
        Edge: 3,
        UNSET: 0.5,
      },
    ],
  ],
  Edge: 1,
  UNSET: 2.5,
  an_optional_field_whose_wire_key_is_long_enough_to_break_the_line: false,
};
