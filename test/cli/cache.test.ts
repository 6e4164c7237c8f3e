/**
 * The input-hash cache (in `node_modules/.cache/modelgen/` above the project)
 * may only ever save work: whatever it says, the files on disk decide what
 * `check` reports and what `generate` writes.
 */
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheFileFor } from '../../src/cache/cache-location';
import { digest } from '../../src/cache/hash';
import { modelgenUntimed as modelgen, snapshotTree, tempProject } from '../support/cli';

// Targets without a formatter keep these runs short; the one with Prettier is tested where formatting matters.
const LANGS = ['--lang', 'go,python'];
const CACHE_DIR = 'node_modules/.cache/modelgen';
/** The project's cache file, relative to the project: found by the project's own node_modules. */
const cacheOf = (dir: string) => path.relative(dir, cacheFileFor(path.join(dir, CACHE_DIR), path.join(dir, 'generated')));
const GO_FILE = 'generated/go/directorysync/directory.go';
const TS_FILE = 'generated/typescript/directory.ts';

const TS_GO = ['--lang', 'typescript,go'];

// What LANGS writes for the two seeds: 3 Go files (2 models, `modelgen_types.go`), 4 Python files (2 models, `_types.py`, the leaf package's `__init__.py`) and the manifest.
const FILE_COUNT = 8;

function generated(langs = LANGS): string {
  const dir = tempProject({ 'node_modules/.keep': '' });
  expect(modelgen(['generate', ...langs], dir).status).toBe(0);
  return dir;
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const edit = (dir: string, file: string, change: (text: string) => string) => fs.writeFileSync(path.join(dir, file), change(read(dir, file)));
const staleLines = (stdout: string) => stdout.split('\n').filter((l) => /^(missing|stale|orphaned):/.test(l));

/**
 * Rewrites the cache's data and its seal as a forger would: `none` keeps the
 * old seal, `unkeyed` recomputes a plain hash (all a forger without the key
 * can do), `keyed` signs with the cache folder's private key.
 */
function forgeCache(dir: string, change: (data: { targets: Record<string, { files: { path: string; hash: string }[] }> }) => void, reseal: 'none' | 'unkeyed' | 'keyed'): void {
  const [headerText, body] = read(dir, cacheOf(dir)).split('\n');
  const data = JSON.parse(body);
  change(data);
  const newBody = JSON.stringify(data);
  const key = fs.readFileSync(path.join(dir, CACHE_DIR, 'seal.key'));
  const seals = { none: JSON.parse(headerText).seal, unkeyed: digest(newBody), keyed: createHmac('sha256', key).update(newBody).digest('base64url') };
  fs.writeFileSync(path.join(dir, cacheOf(dir)), `${JSON.stringify({ ...JSON.parse(headerText), seal: seals[reseal] })}\n${newBody}\n`);
}

describe('the input-hash cache', () => {
  test('generate writes it outside the output folder, which holds only generated code and the manifest; unchanged runs reuse every target and write nothing', () => {
    const dir = generated();
    expect(read(dir, 'generated/.modelgen-manifest.json')).not.toContain('cache');
    expect(fs.readdirSync(path.join(dir, 'generated')).sort()).toEqual(['.modelgen-manifest.json', 'go', 'python']);
    expect(fs.existsSync(path.join(dir, cacheOf(dir)))).toBe(true);
    expect(fs.statSync(path.join(dir, CACHE_DIR, 'seal.key')).mode & 0o777).toBe(0o600);
    const before = snapshotTree(dir);
    expect(modelgen(['check', '--verbose', ...LANGS], dir)).toMatchObject({ status: 0, stdout: `cache: reused go, python\n${FILE_COUNT} generated files are up to date\n` });
    expect(modelgen(['generate', '--verbose', ...LANGS], dir).stdout).toMatch(new RegExp(`^cache: reused go, python\n(unchanged .*\n){${FILE_COUNT}}0 files changed, ${FILE_COUNT} unchanged\n$`));
    expect(modelgen(['check', '--no-cache', '--verbose', ...LANGS], dir).stdout).toBe(`cache: rendered go, python\n${FILE_COUNT} generated files are up to date\n`);
    expect(snapshotTree(dir)).toEqual(before);
  });

  test('a hand-edited output file is never taken from the cache: check reports it, generate restores it', () => {
    const dir = generated(TS_GO);
    edit(dir, GO_FILE, (t) => t.replace('ID string', 'Id string'));
    edit(dir, TS_FILE, (t) => t.replace('id: string;', 'id: strinG;'));
    const result = modelgen(['check', '--verbose', ...TS_GO], dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('cache: rendered typescript, go');
    expect(staleLines(result.stdout)).toEqual([`stale: ${TS_FILE}`, `stale: ${GO_FILE}`]);
    expect(result.stdout).toContain('\n-  id: strinG;\n+  id: string;\n');
    expect(modelgen(['generate', ...TS_GO], dir).stdout).toBe(`updated ${TS_FILE}\nupdated ${GO_FILE}\n2 files changed, 6 unchanged\n`);
    expect(modelgen(['check', '--verbose', ...TS_GO], dir).stdout).toBe('cache: reused typescript, go\n8 generated files are up to date\n');
  });

  test.each([
    ['an edited cache entry keeping its old seal', 'none'],
    ['a cache resealed by recomputing a plain hash, as anyone could (the seal is keyed)', 'unkeyed'],
  ] as const)('an edited output with %s is not trusted', (_what, reseal) => {
    const dir = generated();
    edit(dir, GO_FILE, (t) => t.replace('ID string', 'Id string'));
    forgeCache(dir, (data) => {
      for (const file of data.targets.go.files) if (`generated/${file.path}` === GO_FILE) file.hash = digest(read(dir, GO_FILE));
    }, reseal);
    const result = modelgen(['check', '--verbose', ...LANGS], dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('cache: rendered go, python');
    expect(staleLines(result.stdout)).toEqual([`stale: ${GO_FILE}`]);
  });

  test('a forged cache sealed with the right key, copied along with the output to another folder, is ignored: it belongs to the first folder', () => {
    const original = generated();
    const dir = fs.mkdtempSync(path.join(path.dirname(original), 'modelgen-copy-'));
    fs.cpSync(original, dir, { recursive: true });
    // The copy's cache file is the one named for its own output folder.
    fs.renameSync(path.join(dir, cacheOf(original)), path.join(dir, cacheOf(dir)));
    edit(dir, GO_FILE, (t) => t.replace('ID string', 'Id string'));
    forgeCache(dir, (data) => {
      for (const file of data.targets.go.files) if (`generated/${file.path}` === GO_FILE) file.hash = digest(read(dir, GO_FILE));
    }, 'keyed');
    const result = modelgen(['check', '--verbose', ...LANGS], dir);
    expect(result.status).toBe(1);
    expect(staleLines(result.stdout)).toEqual([`stale: ${GO_FILE}`]);
  });

  test('a target whose remembered file list was cut short is not trusted', () => {
    const dir = generated();
    forgeCache(dir, (data) => data.targets.go.files.pop(), 'keyed');
    const before = snapshotTree(dir);
    // The manifest still lists the file the forged entry dropped, so go renders again and nothing is reported orphaned.
    expect(modelgen(['check', '--verbose', ...LANGS], dir).stdout).toBe(`cache: reused python; rendered go\n${FILE_COUNT} generated files are up to date\n`);
    expect(snapshotTree(dir)).toEqual(before);
  });

  test('an unreadable cache costs a full render, and generate replaces it', () => {
    const dir = generated();
    fs.writeFileSync(path.join(dir, cacheOf(dir)), '{"generator": "modelgen", trailing garbage');
    expect(modelgen(['check', '--verbose', ...LANGS], dir).stdout).toBe(`cache: rendered go, python\n${FILE_COUNT} generated files are up to date\n`);
    expect(modelgen(['generate', ...LANGS], dir).stdout).toBe(`0 files changed, ${FILE_COUNT} unchanged\n`);
    expect(modelgen(['check', '--verbose', ...LANGS], dir).stdout).toBe(`cache: reused go, python\n${FILE_COUNT} generated files are up to date\n`);
  });

  test('a changed template override invalidates its target only', () => {
    const template = fs.readFileSync(path.join(__dirname, '..', '..', 'templates', 'go', 'model.go.hbs'), 'utf8');
    const dir = tempProject({ 'tpl/go/model.go.hbs': template, 'node_modules/.keep': '' });
    const args = ['--templates', 'tpl', ...LANGS];
    expect(modelgen(['generate', ...args], dir).status).toBe(0);
    edit(dir, 'tpl/go/model.go.hbs', (t) => t.replace('package {{packageName}}', 'package {{packageName}}\n\n// Edited.'));
    const result = modelgen(['check', '--verbose', ...args], dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('cache: reused python; rendered go');
    expect(staleLines(result.stdout)).toEqual(['stale: generated/go/directorysync/directory_group.go', 'stale: generated/go/directorysync/directory.go']);
  });

  test('a changed target option invalidates its target', () => {
    const dir = tempProject({ 'modelgen.config.yaml': 'languages: [dotnet, go]\ntargets:\n  dotnet:\n    namespace: WorkOS\n', 'node_modules/.keep': '' });
    expect(modelgen(['generate'], dir).status).toBe(0);
    fs.writeFileSync(path.join(dir, 'modelgen.config.yaml'), 'languages: [dotnet, go]\ntargets:\n  dotnet:\n    namespace: Acme.Models\n');
    const result = modelgen(['check', '--verbose'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('cache: reused go; rendered dotnet');
    expect(staleLines(result.stdout)).toEqual(['stale: generated/dotnet/DirectorySync/Group.cs', 'stale: generated/dotnet/DirectorySync/Directory.cs', 'stale: generated/dotnet/DirectorySync/ModelJson.cs', 'stale: generated/dotnet/DirectorySync/ModelValidationException.cs']);
    expect(result.stdout).toContain('\n-namespace WorkOS\n+namespace Acme.Models\n');
  });

  test('check writes nothing, not even the cache, when a spec changed or no cache exists', () => {
    const dir = generated();
    edit(dir, 'specs/directory.mdx', (t) => t.replace('The name of the directory.', 'The display name of the directory.'));
    const before = snapshotTree(dir);
    const result = modelgen(['check', '--verbose', ...LANGS], dir);
    expect(result.status).toBe(1);
    expect(staleLines(result.stdout)).toEqual([`stale: ${GO_FILE}`, 'stale: generated/python/models/directory_sync/directory.py']);
    expect(snapshotTree(dir)).toEqual(before);
    fs.rmSync(path.join(dir, cacheOf(dir)));
    expect(modelgen(['check', ...LANGS], dir).status).toBe(1);
    expect(fs.existsSync(path.join(dir, cacheOf(dir)))).toBe(false);
  });

  test('a spec the cache remembers still reports its errors once it breaks', () => {
    const dir = generated();
    edit(dir, 'specs/directory.mdx', (t) => t.replace('description: (directory.name)', 'description: (directory.nam)'));
    const result = modelgen(['check', ...LANGS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^specs\/directory\.mdx:\d+:\d+ - error MG020: /m);
  });
});
