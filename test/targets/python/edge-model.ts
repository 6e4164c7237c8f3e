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
  source: { path: 'specs/edge.mdx' },
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
