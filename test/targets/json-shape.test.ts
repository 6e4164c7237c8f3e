import { TypeRef } from '../../src/ir/model';
import { jsonShape } from '../../src/targets/json-shape';

const model: TypeRef = { kind: 'model', modelId: 'leaf', name: 'Leaf' };

describe('the JSON shape strict reading checks', () => {
  test.each<[string, TypeRef, unknown]>([
    ['an enum is any string: enums are open', { kind: 'enum', name: 'State', variant: 'lowercase', members: [] }, { kind: 'json', name: 'string' }],
    ['integer stays apart from number', { kind: 'integer' }, { kind: 'json', name: 'integer' }],
    ['any', { kind: 'any' }, { kind: 'json', name: 'any' }],
    ['a literal keeps its value', { kind: 'literal', value: 'directory' }, { kind: 'literal', value: 'directory' }],
    [
      'nesting is kept at every level',
      { kind: 'nullable', inner: { kind: 'list', items: { kind: 'map', values: model } } },
      { kind: 'nullable', inner: { kind: 'list', inner: { kind: 'map', inner: { kind: 'model', model } } } },
    ],
  ])('%s', (_, type, expected) => {
    expect(jsonShape(type)).toEqual(expected);
  });
});
