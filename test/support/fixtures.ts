/**
 * Wire payloads (copied from the shared fixtures into test/fixtures) and what
 * each language must write back: the same JSON on the fields it documents.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SdkLanguage } from '../../src/ir/languages';
import { ModelSet } from '../../src/ir/model';

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');

export interface Fixture {
  readonly name: string;
  readonly file: string;
  /** The model the payload is an instance of, read off its `object` key. */
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
      return { name, file, modelId: String(payload.object), payload };
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
  const model = modelSet.models.find((m) => m.id === fixture.modelId);
  const binding = model?.bindings.find((b) => b.language === language);
  if (!binding) throw new Error(`${language} does not document ${fixture.modelId}`);
  const expected: Record<string, unknown> = {};
  const unknownEnumValues: string[] = [];
  for (const property of binding.properties) {
    if (!(property.wireName in fixture.payload)) continue;
    const value = fixture.payload[property.wireName];
    if (closedEnums && property.type.kind === 'enum' && !property.type.members.some((m) => m.wireValue === value)) {
      unknownEnumValues.push(property.wireName);
      continue;
    }
    expected[property.wireName] = value;
  }
  return { expected, unknownEnumValues };
}
