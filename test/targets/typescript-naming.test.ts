import { EnumType, Model } from '../../src/ir/model';
import { absentTest, docComment, literalKey, propertyKey, requiredAccess } from '../../src/targets/typescript/naming';
import { documentedTypeNames, enumNames, modelNames } from '../../src/targets/typescript/types';
import { entry } from '../../src/targets/typescript/view-model';

describe('typescript object keys', () => {
  test.each([
    ['organizationId', 'organizationId', 'organizationId'],
    ['odd key', '"odd key"', '"odd key"'],
    // `{ __proto__: v }` sets the prototype, so the key was lost (hostile corpus: reserved_words).
    ['__proto__', '__proto__', '["__proto__"]'],
    ['constructor', 'constructor', 'constructor'],
  ])('%j: interface key %s, literal key %s', (name, key, literal) => {
    expect([propertyKey(name), literalKey(name)]).toEqual([key, literal]);
  });

  // An absent optional `constructor` read as Object, and was written back (hostile corpus: reserved_words.sparse).
  test.each([
    ['response', 'id', 'response.id === undefined'],
    ['response', 'odd key', 'response["odd key"] === undefined'],
    ['response', 'constructor', '!Object.prototype.hasOwnProperty.call(response, "constructor") || response.constructor === undefined'],
    ['model', '__proto__', '!Object.prototype.hasOwnProperty.call(model, "__proto__") || model.__proto__ === undefined'],
  ])('absentTest(%j, %j) is %s', (object, key, expected) => {
    expect(absentTest(object, key)).toBe(expected);
  });

  // An absent required `constructor` read Object and wrote it back (hostile corpus: reserved_words mutated).
  test.each([
    ['response', 'id', 'response.id'],
    ['response', 'constructor', 'runtime.own(response, "constructor")'],
    ['model', '__proto__', 'runtime.own(model, "__proto__")'],
  ])('requiredAccess(%j, %j) is %s', (object, key, expected) => {
    expect(requiredAccess(object, key)).toBe(expected);
  });

  test('an optional entry uses the absence test it is given', () => {
    expect(entry(true, '["__proto__"]', 'r.__proto__', null, absentTest('r', '__proto__'))).toBe(
      '...(!Object.prototype.hasOwnProperty.call(r, "__proto__") || r.__proto__ === undefined ? {} : { ["__proto__"]: r.__proto__ })',
    );
  });

  test('doc comments cannot end early', () => {
    expect(docComment(['Ends */ early; opens /* another']).lines).toEqual(['Ends *\\/ early; opens /* another']);
  });
});

describe('typescript helper type names', () => {
  const at = { file: 'specs/x.yaml', line: 1, column: 1 };
  const state: EnumType = { kind: 'enum', name: 'State', variant: 'lowercaseNormalized', members: [{ name: 'active', documentedName: 'active', wireValue: 'linked', primary: true }] };
  const model = (name: string): Model => ({
    id: name.toLowerCase(),
    source: { path: 'specs/x.yaml', name: 'specs/x.yaml' },
    fields: [],
    bindings: [{ language: 'js', name, properties: [{ name: 'state', fieldId: 'x.state', wireName: 'state', optional: false, type: state, location: at }], location: at }],
  });

  // Hostile corpus: a model WidgetResponse beside Widget, whose wire interface was also WidgetResponse (TS2308).
  test('a wire type gives way to a type the run documents', () => {
    const documented = documentedTypeNames([model('Widget'), model('WidgetResponse'), model('StateResponse')]);
    expect([...documented].sort()).toEqual(['State', 'StateResponse', 'Widget', 'WidgetResponse']);
    expect(modelNames('Widget', documented)).toEqual({
      name: 'Widget',
      wireName: 'WidgetResponse2',
      deserializeName: 'deserializeWidget',
      serializeName: 'serializeWidget',
      strictName: 'deserializeWidgetStrict',
      shapeName: 'shapeOfWidget',
      unknownName: 'WidgetUnknown',
    });
    expect(modelNames('WidgetResponse', documented).wireName).toBe('WidgetResponseResponse');
    expect(enumNames(state, documented).wire?.name).toBe('StateResponse2');
    expect(modelNames('Widget').wireName).toBe('WidgetResponse');
  });

  // OpenAPI names a schema what it likes: a union Event beside schemas EventUnknown and EventResponse.
  test("a union's Unknown variant and wire type give way to the run's unions and enums", () => {
    const named = (name: string) => ({ id: name.toLowerCase(), source: { path: 'a.yaml', name: 'a.yaml' }, bindings: [{ language: 'js' as const, name, location: at }] });
    const documented = documentedTypeNames([], [{ ...named('Event'), bindings: [{ ...named('Event').bindings[0], variants: [] }] }], [{ ...named('EventUnknown'), values: [], bindings: [{ ...named('EventUnknown').bindings[0], members: [] }] }, { ...named('EventResponse'), values: [], bindings: [{ ...named('EventResponse').bindings[0], members: [] }] }]);
    expect([...documented].sort()).toEqual(['Event', 'EventResponse', 'EventUnknown']);
    expect([modelNames('Event', documented).unknownName, modelNames('Event', documented).wireName]).toEqual(['EventUnknown2', 'EventResponse2']);
  });

  // Widget's strict reader would be WidgetStrict's lenient one.
  test('a strict reader gives way to the reader of a model the run documents', () => {
    const documented = documentedTypeNames([model('Widget'), model('WidgetStrict')]);
    expect(modelNames('Widget', documented).strictName).toBe('deserializeWidgetStrict2');
    expect(modelNames('WidgetStrict', documented).deserializeName).toBe('deserializeWidgetStrict');
  });
});
