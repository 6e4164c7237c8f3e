/**
 * WorkOS's published OpenAPI document (`@workos/openapi-spec@0.1.0`) through
 * the real pipeline: every component schema becomes IR, with warnings only.
 */
import * as fs from 'node:fs';
import { parse } from 'yaml';
import { ModelSet, UnionModel } from '../../src/ir/model';
import { snakeCase } from '../../src/targets/naming';
import { IrTypeChecker, wireBinding } from '../support/ir-type-check';
import { integrityProblems } from '../support/ir-integrity';
import { payloadsFor } from '../support/openapi-payloads';
import { readWorkosOpenApi, WORKOS_OPENAPI } from '../support/workos-openapi';

const { modelSet, diagnostics } = readWorkosOpenApi();
const components = Object.keys((parse(fs.readFileSync(WORKOS_OPENAPI, 'utf8'), { maxAliasCount: -1 }) as { components: { schemas: object } }).components.schemas);
const union = (id: string) => modelSet.unions.find((u) => u.id === id) as UnionModel;
const model = (id: string) => modelSet.models.find((m) => m.id === id);
const kindOf = (set: ModelSet, id: string) => (set.models.some((m) => m.id === id) ? 'model' : set.unions.some((u) => u.id === id) ? 'union' : set.enums.some((e) => e.id === id) ? 'enum' : 'none');

test('all 157 component schemas become IR, without an error', () => {
  expect(components).toHaveLength(157);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const kinds = components.map((name) => kindOf(modelSet, snakeCase(name)));
  // 145 plain objects are models; the 10 allOf components each distribute over a oneOf and the 2 oneOf ones are unions; no component is only an enum or an alias.
  expect({ model: kinds.filter((k) => k === 'model').length, union: kinds.filter((k) => k === 'union').length, none: kinds.filter((k) => k === 'none').length }).toEqual({ model: 145, union: 12, none: 0 });
});

test('the counts of models, unions and enums, inline ones included', () => {
  // Inline: 312 objects (union variants, `data` payloads, nested objects), 6 unions (3 metadata values, 3 owners), 107 string enums; no component is an enum.
  expect({ models: modelSet.models.length, unions: modelSet.unions.length, enums: modelSet.enums.length }).toEqual({ models: 457, unions: 18, enums: 107 });
});

test('the IR holds together: unique ids, every binding, every reference resolves with its kind and name', () => {
  expect(integrityProblems(modelSet)).toEqual([]);
});

test('the only warnings are properties whose names collide after casing (DataIntegrationsListResponse has `integration_type` and `integrationType`)', () => {
  expect([...new Set(diagnostics.map((d) => d.code))]).toEqual(['MG121']);
  expect(diagnostics).toHaveLength(49);
  expect(diagnostics[0].message).toBe('properties `integration_type` and `integrationType` of `data_integrations_list_response_data_item` are both named `integrationType` in js');
});

test('EventSchema is one union of 93 variants discriminated by the `event` const, each variant the base merged with its own fields', () => {
  const events = union('event_schema');
  expect(events.discriminator).toEqual({ wireName: 'event', from: 'const' });
  const variants = wireBinding(events).variants;
  expect(variants).toHaveLength(93);
  expect(new Set(variants.flatMap((v) => v.tags)).size).toBe(93);
  const created = variants.find((v) => v.tags.includes('dsync.user.created'));
  expect(created).toMatchObject({ id: 'dsync_user_created', type: { kind: 'model', modelId: 'event_schema_dsync_user_created', name: 'EventSchemaDsyncUserCreated' } });
  const props = wireBinding(model('event_schema_dsync_user_created') as never as { bindings: { language: string; properties: { wireName: string; optional: boolean; type: unknown }[] }[] }).properties;
  expect(props.filter((p) => ['object', 'id', 'event', 'created_at'].includes(p.wireName)).map((p) => [p.wireName, p.optional, p.type])).toEqual([
    ['object', false, { kind: 'literal', value: 'event' }],
    ['id', false, { kind: 'string' }],
    ['event', false, { kind: 'literal', value: 'dsync.user.created' }],
    ['created_at', false, { kind: 'string', format: 'date-time' }],
  ]);
});

test('DataIntegrationAccessTokenResponse is discriminated by the boolean `active`', () => {
  const token = union('data_integration_access_token_response');
  expect(token.discriminator).toEqual({ wireName: 'active', from: 'const' });
  expect(wireBinding(token).variants.map((v) => [v.id, v.tags])).toEqual([['active_true', [true]], ['active_false', [false]]]);
});

test('CheckAuthorizationDto is an undiscriminated union of objects told apart by their required keys', () => {
  const check = union('check_authorization_dto');
  expect(check.discriminator).toBeUndefined();
  expect(wireBinding(check).variants.map((v) => [v.id, v.requiredKeys])).toEqual([
    ['resource_id', ['permission_slug', 'resource_id']],
    ['resource_external_id', ['permission_slug', 'resource_external_id', 'resource_type_slug']],
  ]);
});

test('a variant whose required keys are another\'s subset is tried after it (UpdateAuthorizationResourceDto\'s base-only variant goes last)', () => {
  expect(wireBinding(union('update_authorization_resource_dto')).variants.map((v) => v.requiredKeys)).toEqual([['parent_resource_id'], ['parent_resource_external_id', 'parent_resource_type_slug'], []]);
});

test('ApiKey.owner uses the document\'s discriminator; inline enums are named from their path', () => {
  expect(union('api_key_owner').discriminator).toEqual({ wireName: 'type', from: 'discriminator' });
  const error = wireBinding(model('data_integration_access_token_response_active_false') as never as { bindings: { language: string; properties: { wireName: string; type: unknown }[] }[] }).properties.find((p) => p.wireName === 'error');
  expect(error?.type).toEqual({ kind: 'model', modelId: 'data_integration_access_token_response_active_false_error', name: 'DataIntegrationAccessTokenResponseActiveFalseError', modelKind: 'enum' });
});

test('every payload built from the document is valid for its type, and each union variant\'s payload reads as that variant', () => {
  const checker = new IrTypeChecker(modelSet);
  const payloads = payloadsFor(modelSet);
  for (const p of payloads) {
    const type = { kind: 'model' as const, modelId: p.modelId, name: p.modelId, ...(p.kind === 'union' ? { modelKind: 'union' as const } : {}) };
    expect([p.name, checker.check(p.json, type)]).toEqual([p.name, []]);
  }
  for (const u of modelSet.unions) {
    for (const v of wireBinding(u).variants) expect([u.id, checker.variantOf(payloads.find((p) => p.name === `${u.id}-${v.id}`)?.json ?? null, u)]).toEqual([u.id, v]);
  }
});
