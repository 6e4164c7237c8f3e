/**
 * The whole WorkOS OpenAPI document in TypeScript: it renders, compiles
 * under the strictest flags as a real package, Prettier leaves it
 * unchanged, every payload of `payloadsFor` reads and writes back equal
 * (lenient and strict), and each component schema's wire type and
 * openapi-typescript's `components["schemas"][Name]` (the package's
 * types.d.ts) are assignable to each other. One render, one tsc run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ModelSet } from '../../src/ir/model';
import { renderModels } from '../../src/pipeline';
import { RenderedFile } from '../../src/targets/target';
import { documentedTypeNames, modelNames } from '../../src/targets/typescript/types';
import { payloadsFor, UNKNOWN_TAG } from '../support/openapi-payloads';
import { defaultRuns, REPO_ROOT, writeTemp } from '../support/render';
import { run } from '../support/toolchain';
import { workosModelSet } from '../support/workos-openapi';

const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
const TYPES_D_TS = path.join(REPO_ROOT, 'node_modules', '@workos', 'openapi-spec', 'types.d.ts');

type Sdk = Record<string, (value: unknown) => unknown> & { UnknownVariant: new (json: unknown) => { json: unknown } };

const all: { set?: ModelSet; files?: readonly RenderedFile[]; dir?: string; sdk?: Sdk } = {};

beforeAll(async () => {
  all.set = workosModelSet();
  const rendered = await renderModels(all.set, defaultRuns(['typescript']));
  expect(rendered.diagnostics).toEqual([]);
  all.files = rendered.files;
  all.dir = writeTemp([...rendered.files, { path: 'package.json', contents: JSON.stringify({ name: 'workos-models', main: 'js/typescript/index.js', types: 'js/typescript/index.d.ts' }), specs: [] }]);
}, 300_000);

/** The schema names `types.d.ts` declares under `components.schemas`, in its order. */
function schemaNames(typesDts: string): string[] {
  const start = typesDts.indexOf('\n    schemas: {\n');
  const end = typesDts.indexOf('\n    };\n', start);
  return [...typesDts.slice(start, end).matchAll(/^ {8}([A-Za-z0-9_]+): /gm)].map((m) => m[1]);
}

/** Each schema's wire type name in modelgen's TypeScript: the declaration whose curl (wire) binding carries the schema's name. */
function wireTypeNames(set: ModelSet): Map<string, string> {
  const documented = documentedTypeNames(set.models, set.unions, set.enums);
  const names = new Map<string, string>();
  for (const declared of [...set.models, ...set.unions, ...set.enums]) {
    const wire = declared.bindings.find((b) => b.language === 'curl');
    const js = declared.bindings.find((b) => b.language === 'js');
    if (wire && js) names.set(wire.name, modelNames(js.name, documented).wireName);
  }
  return names;
}

/**
 * The schemas where openapi-typescript's default reading of a `type: object`
 * without properties (`Record<string, never>`: no key allowed) and
 * modelgen's (`Record<string, unknown>`, as its `--empty-objects-unknown`
 * renders it) differ; every other schema is equivalent to types.d.ts as
 * published.
 */
const EMPTY_OBJECT_SCHEMAS = [
  'CreateApplicationSecretDto',
  'AuditLogSchemaActorDto',
  'AuditLogSchemaTargetDto',
  'AuditLogSchemaDto',
  'UpdateAuthorizationResourceDto',
  'CreateAuthorizationResourceDto',
  'CreateUserlandUserOrganizationMembershipDto',
  'UpdateUserlandUserOrganizationMembershipDto',
  'CreateUserlandUserDto',
  'UpdateUserlandUserDto',
];

/**
 * One function per schema and reading of types.d.ts, whose return compiles
 * only when each type is assignable to the other. Against the published
 * file, the empty-object schemas carry `@ts-expect-error`, which fails the
 * compile if they are equivalent after all; a control pairing two different
 * schemas does too, so the check is shown able to fail.
 */
function equivalenceSource(schemas: readonly string[], wire: ReadonlyMap<string, string>): string {
  const pair = (name: string, from: string, schema: string, type: string) => `export function ${name}(a: ${from}["${schema}"], b: M.${type}): [M.${type}, ${from}["${schema}"]] { return [a, b]; }`;
  const expectError = (why: string, line: string) => [`// @ts-expect-error: ${why}`, line];
  return [
    'import type { components } from "./types";',
    'import type { components as published } from "./types-published";',
    'import type * as M from "./typescript";',
    'type S = components["schemas"];',
    'type P = published["schemas"];',
    ...schemas.map((s) => pair(`${s}_`, 'S', s, wire.get(s)!)),
    ...schemas.flatMap((s) => {
      const line = pair(`${s}_published`, 'P', s, wire.get(s)!);
      return EMPTY_OBJECT_SCHEMAS.includes(s) ? expectError('an object without properties', line) : [line];
    }),
    ...expectError('the control, two schemas that differ', pair('control', 'S', 'UserObject', wire.get('Organization')!)),
    '',
  ].join('\n');
}

function sdk(): Sdk {
  if (!all.sdk) {
    const typesDts = fs.readFileSync(TYPES_D_TS, 'utf8');
    const schemas = schemaNames(typesDts);
    fs.writeFileSync(path.join(all.dir!, 'types-published.d.ts'), typesDts);
    fs.writeFileSync(path.join(all.dir!, 'types.d.ts'), typesDts.replace(/Record<string, never>/g, 'Record<string, unknown>'));
    fs.writeFileSync(path.join(all.dir!, 'equivalence.ts'), equivalenceSource(schemas, wireTypeNames(all.set!)));
    const flags = ['--strict', '--exactOptionalPropertyTypes', '--noUnusedLocals', '--noUnusedParameters', '--declaration', '--target', 'ES2020', '--module', 'commonjs', '--skipLibCheck'];
    run(bin('tsc'), [...flags, '--rootDir', all.dir!, '--outDir', path.join(all.dir!, 'js'), path.join(all.dir!, 'typescript', 'index.ts'), path.join(all.dir!, 'equivalence.ts')]);
    // Loaded by its package name's folder, through package.json's `main`, as a user's `require` would.
    all.sdk = require(all.dir!) as Sdk;
  }
  return all.sdk;
}

describe('typescript on the WorkOS OpenAPI document', () => {
  test('every component schema of types.d.ts has a wire type', () => {
    const schemas = schemaNames(fs.readFileSync(TYPES_D_TS, 'utf8'));
    expect(schemas).toHaveLength(157);
    const wire = wireTypeNames(all.set!);
    expect(schemas.filter((s) => !wire.has(s))).toEqual([]);
  });

  test('compiles as a package (--strict --exactOptionalPropertyTypes --noUnusedLocals --declaration), each wire type equivalent to openapi-typescript\'s', () => {
    expect(typeof sdk().deserializeEventSchema).toBe('function');
  });

  test('passes prettier --check unchanged', () => {
    run(bin('prettier'), ['--check', '--no-config', path.join(all.dir!, 'typescript')]);
  });

  test('EventSchema is one union of 93 variants discriminated by `event`, with its Unknown variant', () => {
    const events = all.set!.unions.find((u) => u.bindings.some((b) => b.language === 'curl' && b.name === 'EventSchema'))!;
    expect(events.discriminator?.wireName).toBe('event');
    const source = all.files!.find((f) => f.path === `typescript/${events.id.replace(/_/g, '-')}.ts`)!.contents;
    expect(source.match(/^ {4}case \d+:$/gm)).toHaveLength(93);
    expect(source).toContain('export interface EventSchemaUnknown extends runtime.UnknownVariant {\n  readonly event?: undefined;\n}\n');
  });

  test('every payload reads and writes back equal, lenient and strict; an unknown tag reads into UnknownVariant, kept whole', () => {
    const payloads = payloadsFor(all.set!);
    expect(payloads.length).toBeGreaterThan(600);
    const ids = new Map([...all.set!.models, ...all.set!.unions].map((d) => [d.id, d.bindings.find((b) => b.language === 'js')!.name]));
    const documented = documentedTypeNames(all.set!.models, all.set!.unions, all.set!.enums);
    const failures = payloads.flatMap((p) => {
      const names = modelNames(ids.get(p.modelId)!, documented);
      const read = sdk()[names.deserializeName](p.json);
      const written = [sdk()[names.serializeName](read), sdk()[names.serializeName](sdk()[names.strictName](p.json))];
      const unknown = JSON.stringify(p.json).includes(UNKNOWN_TAG) && p.kind === 'union';
      const ok = written.every((w) => JSON.stringify(w) === JSON.stringify(p.json)) && (!unknown || read instanceof sdk().UnknownVariant);
      return ok ? [] : [{ name: p.name, json: p.json, written, unknown }];
    });
    if (process.env.DUMP) fs.writeFileSync(process.env.DUMP, JSON.stringify(failures, null, 1));
    expect(failures).toEqual([]);
    expect(payloads.filter((p) => p.name.endsWith('-unknown')).length).toBeGreaterThan(0);
  });
});
