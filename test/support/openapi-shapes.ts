/**
 * A hand-built IR of what OpenAPI contracts add (issue 15): unions, named
 * enums, `const` of every scalar kind, formats, maps, deprecation, read-only
 * and examples. Targets test against it without going through the OpenAPI
 * front end, so each side can be proven alone; the front end's own tests
 * show it builds the same kinds of IR from a document.
 *
 * Names follow src/openapi/language-names.ts, as the front end's do.
 */
import { REFERENCE_LANGUAGES, ReferenceLanguage } from '../../src/ir/languages';
import { EnumMember, EnumModel, JsonValue, LiteralValue, Model, ModelSet, ModelType, Property, SpecSource, TypeRef, UnionModel, UnionVariant } from '../../src/ir/model';
import { areaFromName } from '../../src/ir/area';
import { memberNameFor, typeNameFor } from '../../src/openapi/language-names';

export const SHAPES_SOURCE: SpecSource = { path: 'test/fixtures/openapi/shapes.yaml', name: 'test/fixtures/openapi/shapes.yaml', title: 'Shapes' };
const AREA = areaFromName('shapes', 'config');
const at = (line: number) => ({ file: SHAPES_SOURCE.path, line, column: 5 });

/** A type as it reads in one language: model references carry that language's type name. */
type LangType = (language: ReferenceLanguage) => TypeRef;

const str = (format?: string): LangType => () => (format ? { kind: 'string', format } : { kind: 'string' });
const int = (format?: string): LangType => () => (format ? { kind: 'integer', format } : { kind: 'integer' });
const num = (): LangType => () => ({ kind: 'number' });
const any = (): LangType => () => ({ kind: 'any' });
const lit = (value: LiteralValue): LangType => () => ({ kind: 'literal', value });
const list = (items: LangType): LangType => (l) => ({ kind: 'list', items: items(l) });
const map = (values: LangType): LangType => (l) => ({ kind: 'map', values: values(l) });
const nullable = (inner: LangType): LangType => (l) => ({ kind: 'nullable', inner: inner(l) });
const ref =
  (modelId: string, schemaName: string, modelKind?: 'union' | 'enum'): LangType =>
  (l) => {
    const type: ModelType = { kind: 'model', modelId, name: typeNameFor(l, schemaName), ...(modelKind ? { modelKind } : {}) };
    return type;
  };

interface PropSpec {
  readonly wire: string;
  readonly type: LangType;
  readonly optional?: boolean;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  readonly example?: JsonValue;
}

function objectModel(id: string, schemaName: string, line: number, props: readonly PropSpec[], extra: Partial<Pick<Model, 'description' | 'deprecated' | 'example'>> = {}): Model {
  return {
    id,
    source: SHAPES_SOURCE,
    area: AREA,
    ...extra,
    fields: props.map((p) => ({ id: `${id}.${p.wire}`, wireName: p.wire, wireNameInferred: false, optional: p.optional ?? false, description: p.description })),
    bindings: REFERENCE_LANGUAGES.map((language) => ({
      language,
      name: typeNameFor(language, schemaName),
      location: at(line),
      properties: props.map((p, i): Property => ({
        name: memberNameFor(language, p.wire),
        fieldId: `${id}.${p.wire}`,
        wireName: p.wire,
        optional: p.optional ?? false,
        type: p.type(language),
        location: at(line + 2 + i),
        ...(p.description ? { description: p.description } : {}),
        ...(p.deprecated ? { deprecated: true } : {}),
        ...(p.readOnly ? { readOnly: true } : {}),
        ...(p.writeOnly ? { writeOnly: true } : {}),
        ...(p.example !== undefined ? { example: p.example } : {}),
      })),
    })),
  };
}

function typeBindings(schemaName: string, line: number) {
  return REFERENCE_LANGUAGES.map((language) => ({ language, name: typeNameFor(language, schemaName), location: at(line) }));
}

function enumModel(id: string, schemaName: string, line: number, values: readonly string[], description?: string): EnumModel {
  const members = (language: ReferenceLanguage): EnumMember[] =>
    values.map((value) => ({ name: language === 'go' || language === 'dotnet' ? typeNameFor(language, value) : value, documentedName: value, wireValue: value, primary: true }));
  return { id, source: SHAPES_SOURCE, area: AREA, description, values, bindings: typeBindings(schemaName, line).map((b) => ({ ...b, members: members(b.language) })) };
}

const variant = (id: string, type: TypeRef, tags: readonly LiteralValue[] = [], requiredKeys: readonly string[] = []): UnionVariant => ({ id, type, tags, requiredKeys });

/** A union whose variants' model references carry each language's names, as a front end builds it. */
function unionModel(id: string, schemaName: string, line: number, variants: (language: ReferenceLanguage) => UnionVariant[], extra: Partial<Pick<UnionModel, 'discriminator' | 'description' | 'deprecated'>>): UnionModel {
  return { id, source: SHAPES_SOURCE, area: AREA, ...extra, bindings: typeBindings(schemaName, line).map((b) => ({ ...b, variants: variants(b.language) })) };
}

/** A named open enum, referenced from `Widget.status`. */
export const WIDGET_STATUS = enumModel('widget_status', 'WidgetStatus', 10, ['active', 'retired', 'in_review'], 'Where a widget is in its life.');

/** Every scalar `const` kind, formats, maps, deprecation, read-only and examples on one object. */
export const WIDGET = objectModel(
  'widget',
  'Widget',
  20,
  [
    { wire: 'object', type: lit('widget'), description: 'Distinguishes the widget object.' },
    { wire: 'id', type: str(), description: 'Unique identifier.', readOnly: true, example: 'widget_01H' },
    { wire: 'status', type: ref('widget_status', 'WidgetStatus', 'enum') },
    { wire: 'created_at', type: str('date-time'), description: 'When the widget was created.', example: '2024-01-02T03:04:05.000Z' },
    { wire: 'size_bytes', type: int('int64'), example: 4294967297 },
    { wire: 'ratio', type: num(), optional: true },
    { wire: 'enabled', type: lit(true), description: 'Always true for a widget.' },
    { wire: 'version', type: lit(2) },
    { wire: 'labels', type: map(str()), description: 'Free-form labels.' },
    { wire: 'counters', type: nullable(map(int())), optional: true },
    { wire: 'legacy_code', type: nullable(str()), optional: true, deprecated: true, description: 'Use `status` instead.' },
    { wire: 'secret', type: str(), optional: true, writeOnly: true },
    { wire: 'extra', type: any(), optional: true },
    { wire: 'contact_email', type: str('email'), optional: true },
    { wire: 'homepage', type: str('uri'), optional: true },
    { wire: 'birthday', type: str('date'), optional: true },
  ],
  { description: 'A widget: every scalar kind of `const` and `format`.', example: { object: 'widget', id: 'widget_01H' } },
);

/** A deprecated object model. */
export const GADGET = objectModel('gadget', 'Gadget', 60, [
  { wire: 'object', type: lit('gadget') },
  { wire: 'name', type: str() },
  { wire: 'parts', type: list(ref('widget', 'Widget')), optional: true },
], { deprecated: true, description: 'Superseded by widgets.' });

/** Variants of the discriminated union: each requires `event` with its own const. */
export const WIDGET_CREATED = objectModel('shape_event_widget_created', 'ShapeEventWidgetCreated', 80, [
  { wire: 'id', type: str() },
  { wire: 'event', type: lit('widget.created') },
  { wire: 'data', type: ref('widget', 'Widget') },
]);
export const WIDGET_DELETED = objectModel('shape_event_widget_deleted', 'ShapeEventWidgetDeleted', 90, [
  { wire: 'id', type: str() },
  { wire: 'event', type: lit('widget.deleted') },
  { wire: 'data', type: map(any()) },
]);

/** Discriminated by the `event` const of every variant, as WorkOS's EventSchema is. */
export const SHAPE_EVENT = unionModel('shape_event', 'ShapeEvent', 100, (l) => [
  variant('widget_created', ref('shape_event_widget_created', 'ShapeEventWidgetCreated')(l), ['widget.created']),
  variant('widget_deleted', ref('shape_event_widget_deleted', 'ShapeEventWidgetDeleted')(l), ['widget.deleted']),
], { discriminator: { wireName: 'event', from: 'const' }, description: 'Something that happened to a widget.' });

/** Variants of a boolean-discriminated union (WorkOS's DataIntegrationAccessTokenResponse). */
export const TOKEN_ACTIVE = objectModel('token_state_active', 'TokenStateActive', 110, [
  { wire: 'active', type: lit(true) },
  { wire: 'access_token', type: str() },
]);
export const TOKEN_INACTIVE = objectModel('token_state_inactive', 'TokenStateInactive', 120, [
  { wire: 'active', type: lit(false) },
  { wire: 'error', type: str() },
]);
export const TOKEN_STATE = unionModel('token_state', 'TokenState', 130, (l) => [
  variant('active', ref('token_state_active', 'TokenStateActive')(l), [true]),
  variant('inactive', ref('token_state_inactive', 'TokenStateInactive')(l), [false]),
], { discriminator: { wireName: 'active', from: 'const' } });

/** An undiscriminated union of scalars. */
export const SCALAR = unionModel('scalar_value', 'ScalarValue', 140, () => [
  variant('string', { kind: 'string' }),
  variant('number', { kind: 'number' }),
  variant('boolean', { kind: 'boolean' }),
], { description: 'A string, a number or a boolean.' });

/** Undiscriminated object variants, told apart by the keys each requires, tried in order. */
export const BY_ID = objectModel('resource_by_id', 'ResourceByID', 150, [{ wire: 'resource_id', type: str() }]);
export const BY_EXTERNAL = objectModel('resource_by_external_id', 'ResourceByExternalID', 160, [
  { wire: 'resource_external_id', type: str() },
  { wire: 'resource_type_slug', type: str() },
]);
export const RESOURCE_TARGET = unionModel('resource_target', 'ResourceTarget', 170, (l) => [
  variant('by_id', ref('resource_by_id', 'ResourceByID')(l), [], ['resource_id']),
  variant('by_external_id', ref('resource_by_external_id', 'ResourceByExternalID')(l), [], ['resource_external_id', 'resource_type_slug']),
], {});

/** An object that uses every union, so references to unions (nullable, in lists, in maps) are exercised. */
export const HOLDER = objectModel('shape_holder', 'ShapeHolder', 180, [
  { wire: 'event', type: ref('shape_event', 'ShapeEvent', 'union') },
  { wire: 'events', type: list(ref('shape_event', 'ShapeEvent', 'union')) },
  { wire: 'token', type: nullable(ref('token_state', 'TokenState', 'union')) },
  { wire: 'value', type: ref('scalar_value', 'ScalarValue', 'union'), optional: true },
  { wire: 'values', type: map(ref('scalar_value', 'ScalarValue', 'union')), optional: true },
  { wire: 'target', type: ref('resource_target', 'ResourceTarget', 'union') },
  { wire: 'statuses', type: list(ref('widget_status', 'WidgetStatus', 'enum')), optional: true },
]);

export const SHAPES: ModelSet = {
  models: [WIDGET, GADGET, WIDGET_CREATED, WIDGET_DELETED, TOKEN_ACTIVE, TOKEN_INACTIVE, BY_ID, BY_EXTERNAL, HOLDER],
  unions: [SHAPE_EVENT, TOKEN_STATE, SCALAR, RESOURCE_TARGET],
  enums: [WIDGET_STATUS],
};

/** Payloads (model id → wire JSON) every target must read and write back equal, for its round-trip driver. */
export const SHAPES_PAYLOADS: readonly { readonly modelId: string; readonly name: string; readonly json: JsonValue }[] = [
  {
    modelId: 'widget',
    name: 'widget-full',
    json: {
      object: 'widget', id: 'widget_01H', status: 'in_review', created_at: '2024-01-02T03:04:05.000Z', size_bytes: 4294967297, ratio: 0.5,
      enabled: true, version: 2, labels: { a: 'b' }, counters: null, legacy_code: null, secret: 's', extra: { nested: [1, 'x', null] },
      contact_email: 'a@example.com', homepage: 'https://example.com', birthday: '2000-01-01',
    },
  },
  { modelId: 'widget', name: 'widget-unknown-status', json: { object: 'widget', id: 'w', status: 'melted', created_at: 'x', size_bytes: 1, enabled: true, version: 2, labels: {} } },
  { modelId: 'gadget', name: 'gadget', json: { object: 'gadget', name: 'g', parts: [] } },
  {
    modelId: 'shape_holder',
    name: 'holder-variants',
    json: {
      event: { id: 'e1', event: 'widget.created', data: { object: 'widget', id: 'w', status: 'active', created_at: 'x', size_bytes: 1, enabled: true, version: 2, labels: {} } },
      events: [
        { id: 'e2', event: 'widget.deleted', data: { id: 'w' } },
        { id: 'e3', event: 'widget.exploded', data: { shrapnel: [1, 2] }, extra: true },
      ],
      token: { active: false, error: 'not_installed' },
      value: 'text',
      values: { n: 1.5, b: false, s: 's' },
      target: { resource_external_id: 'x', resource_type_slug: 'doc' },
      statuses: ['active', 'unheard_of'],
    },
  },
  {
    modelId: 'shape_holder',
    name: 'holder-other-variants',
    json: {
      event: { id: 'e4', event: 'widget.deleted', data: {} },
      events: [],
      token: { active: true, access_token: 't' },
      value: 7,
      target: { resource_id: 'r' },
    },
  },
  { modelId: 'shape_holder', name: 'holder-nulls-and-unknowns', json: { event: { event: 'never.seen', anything: [1] }, events: [], token: null, value: true, target: { something_else: 1 } } },
];
