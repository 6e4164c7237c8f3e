/**
 * The payloads harvested from the WorkOS SDKs' tests (test/fixtures/real/,
 * copied from the shared harvest with PROVENANCE.md), and a comparison that
 * names every value a round trip lost, changed or invented.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Fixture, FIXTURES_DIR, loadFixtures } from './fixtures';

export const REAL_PAYLOADS_DIR = path.join(FIXTURES_DIR, 'real');

/** The model of a payload by its file name: `directory_user_*`, `directory_group_*`, else `directory_*`. */
function modelOf(name: string): string {
  return ['directory_user', 'directory_group'].find((id) => name.startsWith(`${id}_`)) ?? 'directory';
}

export function loadRealPayloads(): Fixture[] {
  return loadFixtures(REAL_PAYLOADS_DIR).map((f) => ({ ...f, modelId: modelOf(f.name) }));
}

/**
 * The JSON paths (`groups[0].object`) of values in `read` that `written` does
 * not hold equal: left out, changed, or `{}` turned into `[]`. Called the
 * other way round, it names what a writer invented.
 */
export function lostPaths(read: unknown, written: unknown, at = ''): string[] {
  if (Array.isArray(read) && Array.isArray(written)) {
    return read.flatMap((item, i) => (i < written.length ? lostPaths(item, written[i], `${at}[${i}]`) : [`${at}[${i}]`]));
  }
  if (isObject(read) && isObject(written)) {
    return Object.keys(read).flatMap((key) => {
      const where = at === '' ? key : `${at}.${key}`;
      return key in written ? lostPaths(read[key], written[key], where) : [where];
    });
  }
  return isDeepStrictEqual(read, written) ? [] : [at];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What the PHP and Ruby references leave undocumented in each real payload,
 * as JSON paths: both document the same fields, so both drop these (and only
 * these) when writing back.
 */
export const UNDOCUMENTED_IN_PHP_AND_RUBY: Readonly<Record<string, readonly string[]>> = {
  'directory_go_1.json': ['external_key', 'idp_id'],
  'directory_group_kotlin_1.json': ['object', 'raw_attributes'],
  'directory_group_node_1.json': ['raw_attributes'],
  'directory_group_ruby_1.json': ['object', 'raw_attributes'],
  'directory_kotlin_1.json': ['idp_id', 'external_key', 'object'],
  'directory_node_1.json': ['external_key', 'object'],
  'directory_python_1.json': ['object', 'external_key', 'metadata'],
  'directory_ruby_1.json': ['object', 'external_key'],
  'directory_user_dotnet_1.json': ['object', 'groups[0].object', 'roles', 'PrimaryEmail'],
  'directory_user_go_1.json': [
    'emails[0].Primary',
    'emails[0].Value',
    'emails[0].Type',
    'groups[0].Object',
    'groups[0].ID',
    'groups[0].Name',
    'groups[0].raw_attributes',
    'roles',
  ],
  'directory_user_node_1.json': ['object', 'groups[0].raw_attributes'],
  'directory_user_php_1.json': ['roles'],
  'directory_user_ruby_1.json': ['object', 'roles', 'groups[0].object', 'groups[0].raw_attributes', 'groups[1].object', 'groups[1].role', 'groups[1].raw_attributes'],
};

/** The strict-mode error of each real payload that is not as the seeds document it (the same text in every language). */
export const STRICT_ERRORS: Readonly<Record<string, string>> = {
  'directory_user_dotnet_1.json': 'DirectoryUser: idp_id: expected string, found missing',
  'directory_user_go_1.json': 'DirectoryUser: groups[0].id: expected string, found missing',
  'directory_user_php_1.json': 'DirectoryUser: idp_id: expected string, found null',
  'directory_user_ruby_1.json': 'DirectoryUser: email: expected string, found missing',
};

/** The spec of an enum documenting a value spelled `unknown`, and its payloads: that value, an unlisted one, a listed one. */
export const OPEN_ENUM_SPEC = 'test/specs/open-enum/open-enum.yaml';

export function openEnumFixtures(dir: string): Fixture[] {
  return ['unknown', 'paused', 'active'].map((status) => writeFixture(dir, `${status}.json`, 'probe', { id: 'p', status }));
}

/** A payload written to `dir` as a fixture of the model. */
export function writeFixture(dir: string, name: string, modelId: string, payload: Record<string, unknown>): Fixture {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(payload));
  return { name, file, modelId, payload };
}
