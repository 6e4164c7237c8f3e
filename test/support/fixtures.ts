/**
 * Wire payloads (copied from the shared fixtures into test/fixtures) and what
 * each language must write back: the same JSON on the fields it documents.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SdkLanguage } from '../../src/ir/languages';
import { EnumType, ModelSet, TypeRef } from '../../src/ir/model';

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');

export interface Fixture {
  readonly name: string;
  readonly file: string;
  /** The model the payload is an instance of: its `object` key, else the file name's first part (`tree_node.full.json`). */
  readonly modelId: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const payload = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      const modelId = typeof payload.object === 'string' ? payload.object : name.split('.')[0];
      return { name, file, modelId, payload };
    });
}

export interface Expectation {
  /** The payload restricted to the wire names the language documents. */
  readonly expected: Record<string, unknown>;
  /**
   * Wire names whose value a closed enum (Java, C#) cannot hold: it reads as
   * `Unknown`, so these are left out of the JSON comparison and checked apart.
   */
  readonly unknownEnumValues: readonly string[];
}

export function expectationFor(modelSet: ModelSet, language: SdkLanguage, fixture: Fixture, closedEnums: boolean): Expectation {
  const unknownEnumValues: string[] = [];
  const expected = projectModel(modelSet, language, fixture.modelId, fixture.payload, closedEnums, (wireName) => unknownEnumValues.push(wireName));
  return { expected, unknownEnumValues };
}

/**
 * What a language writes back for a payload of a model: the properties its
 * binding documents, nested models projected the same way (Python's
 * DirectoryGroup inside a DirectoryUser drops organization_id too).
 */
function projectModel(
  modelSet: ModelSet,
  language: SdkLanguage,
  modelId: string,
  payload: Readonly<Record<string, unknown>>,
  closedEnums: boolean,
  onUnknownEnum: (wireName: string) => void,
): Record<string, unknown> {
  const binding = modelSet.models.find((m) => m.id === modelId)?.bindings.find((b) => b.language === language);
  if (!binding) throw new Error(`${language} does not document ${modelId}`);
  const result: Record<string, unknown> = {};
  for (const property of binding.properties) {
    if (!(property.wireName in payload)) continue;
    const value = payload[property.wireName];
    if (closedEnums && property.type.kind === 'enum' && !property.type.members.some((m) => m.wireValue === value)) {
      onUnknownEnum(property.wireName);
      continue;
    }
    result[property.wireName] = projectValue(modelSet, language, property.type, value, closedEnums);
  }
  return result;
}

function projectValue(modelSet: ModelSet, language: SdkLanguage, type: TypeRef, value: unknown, closedEnums: boolean): unknown {
  if (value === null) return null;
  switch (type.kind) {
    case 'nullable':
      return projectValue(modelSet, language, type.inner, value, closedEnums);
    case 'list':
      return (value as unknown[]).map((item) => projectValue(modelSet, language, type.items, item, closedEnums));
    case 'map':
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, projectValue(modelSet, language, type.values, v, closedEnums)]));
    case 'model':
      return projectModel(modelSet, language, type.modelId, value as Record<string, unknown>, closedEnums, () => undefined);
    default:
      return value;
  }
}

/**
 * Every payload comes back as the language documents it. Closed enums (Java,
 * C#) cannot hold a value they do not list: that key is checked apart, as the
 * fallback member the language declares for the enum.
 */
export function expectRoundTrips(
  modelSet: ModelSet,
  language: SdkLanguage,
  fixtures: readonly Fixture[],
  outputs: readonly { readonly json: Record<string, unknown>; readonly enums: Record<string, string> }[],
  unknownMember?: (type: EnumType) => string,
): void {
  expect(outputs).toHaveLength(fixtures.length);
  fixtures.forEach((fixture, i) => {
    if (unknownMember) {
      // Java and C# enums are open: an unlisted value comes back as sent, and reads as the `Known` fallback.
      for (const key of expectationFor(modelSet, language, fixture, true).unknownEnumValues) {
        const type = modelSet.models.find((m) => m.id === fixture.modelId)?.bindings.find((b) => b.language === language)?.properties.find((p) => p.wireName === key)?.type as EnumType;
        expect({ fixture: fixture.name, key, member: outputs[i].enums[key] }).toEqual({ fixture: fixture.name, key, member: unknownMember(type) });
      }
    }
    const { expected } = expectationFor(modelSet, language, fixture, false);
    expect({ fixture: fixture.name, json: outputs[i].json }).toEqual({ fixture: fixture.name, json: expected });
  });
}
