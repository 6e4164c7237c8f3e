/** The Ruby type mapping of what OpenAPI adds: const of every kind, named enums, unions and the date option. */
import { ModelType, TypeRef } from '../../src/ir/model';
import { docType, literalSource, typeDescriptor, writeExpression } from '../../src/targets/ruby/types';
import { wordArray } from '../../src/targets/ruby/union-view';

const union: ModelType = { kind: 'model', modelId: 'shape_event', name: 'ShapeEvent', modelKind: 'union' };
const status: ModelType = { kind: 'model', modelId: 'widget_status', name: 'WidgetStatus', modelKind: 'enum' };
const date: TypeRef = { kind: 'string', format: 'date-time' };

describe('ruby types of OpenAPI shapes', () => {
  test.each<[string, TypeRef, string, string]>([
    ['string const', { kind: 'literal', value: 'widget' }, 'String', "[:literal, 'widget']"],
    ['boolean const', { kind: 'literal', value: true }, 'Boolean', '[:literal, true]'],
    ['integer const', { kind: 'literal', value: 2 }, 'Integer', '[:literal, 2]'],
    ['number const', { kind: 'literal', value: 0.5 }, 'Float', '[:literal, 0.5]'],
  ])('%s → %s, %s', (_, type, doc, descriptor) => {
    expect(docType(type, 'Acme')).toBe(doc);
    expect(typeDescriptor(type)).toBe(descriptor);
  });

  test('a named enum is a String, a union its module, date-time a Time only with the option', () => {
    expect([docType(status, 'Acme'), typeDescriptor(status), docType(union, 'Acme'), typeDescriptor({ kind: 'list', items: union })]).toEqual(['String', ':string', 'Acme::ShapeEvent', '[:list, ShapeEvent]']);
    expect([typeDescriptor(date), typeDescriptor(date, new Map(), true), docType({ kind: 'nullable', inner: date }, 'Acme', new Map(), true)]).toEqual([':string', ':date_time', 'Time, nil']);
    expect([writeExpression(status, '@s'), writeExpression(union, '@u'), writeExpression(date, '@d'), writeExpression(date, '@d', true)]).toEqual(['@s', 'ModelRuntime.wire_value(@u)', '@d', 'ModelRuntime.wire_value(@d)']);
    expect(literalSource(3)).toBe('3');
  });

  test('key lists are %w[] where rubocop wants it: two or more words', () => {
    expect([wordArray([]), wordArray(['a']), wordArray(['a', 'b_c']), wordArray(['a', 'b.c'])]).toEqual(['[]', "['a']", '%w[a b_c]', "['a', 'b.c']"]);
  });
});
