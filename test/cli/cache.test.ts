/**
 * The input-hash cache (`<out>/.modelgen-cache.json`) may only ever save
 * work: whatever it says, the files on disk decide what `check` reports and
 * what `generate` writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { digest } from '../../src/cache/hash';
import { modelgen, snapshotTree, tempProject } from '../support/cli';

// Targets without a formatter keep these runs short; the one with Prettier is tested where formatting matters.
const LANGS = ['--lang', 'go,python'];
const CACHE = 'generated/.modelgen-cache.json';
const GO_FILE = 'generated/go/directorysync/directory.go';
const TS_FILE = 'generated/typescript/directory.ts';

const TS_GO = ['--lang', 'typescript,go'];

// What LANGS writes for the two seeds: 3 Go files (2 models, `modelgen_types.go`), 4 Python files (2 models, `_types.py`, the leaf package's `__init__.py`) and the manifest.
const FILE_COUNT = 8;

function generated(langs = LANGS): string {
  const dir = tempProject();
  expect(modelgen(['generate', ...langs], dir).status).toBe(0);
  return dir;
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const edit = (dir: string, file: string, change: (text: string) => string) => fs.writeFileSync(path.join(dir, file), change(read(dir, file)));
const staleLines = (stdout: string) => stdout.split('\n').filter((l) => /^(missing|stale|orphaned):/.test(l));

/** Rewrites the cache's data and, when `reseal`, its seal too, as a deliberate forger would. */
function forgeCache(dir: string, change: (data: { targets: Record<string, { files: { path: string; hash: string }[] }> }) => void, reseal: boolean): void {
  const [headerText, body] = read(dir, CACHE).split('\n');
  const data = JSON.parse(body);
  change(data);
  const newBody = JSON.stringify(data);
  const header = { ...JSON.parse(headerText), ...(reseal ? { seal: digest(newBody) } : {}) };
  fs.writeFileSync(path.join(dir, CACHE), `${JSON.stringify(header)}\n${newBody}\n`);
}

describe('the input-hash cache', () => {
  test('generate writes it beside the manifest but not into it; unchanged runs reuse every target and write nothing', () => {
    const dir = generated();
    expect(read(dir, 'generated/.modelgen-manifest.json')).not.toContain('cache');
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
    expect(modelgen(['generate', ...TS_GO], dir).stdout).toBe(`updated ${TS_FILE}\nupdated ${GO_FILE}\n2 files changed, 5 unchanged\n`);
    expect(modelgen(['check', '--verbose', ...TS_GO], dir).stdout).toBe('cache: reused typescript, go\n7 generated files are up to date\n');
  });

  test('an edited cache entry is not trusted: its seal no longer matches', () => {
    const dir = generated();
    edit(dir, GO_FILE, (t) => t.replace('ID string', 'Id string'));
    forgeCache(dir, (data) => {
      for (const file of data.targets.go.files) if (`generated/${file.path}` === GO_FILE) file.hash = digest(read(dir, GO_FILE));
    }, false);
    const result = modelgen(['check', '--verbose', ...LANGS], dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('cache: rendered go, python');
    expect(staleLines(result.stdout)).toEqual([`stale: ${GO_FILE}`]);
  });

  test('a forged, resealed cache that came with the output (copied or committed) is ignored: it belongs to another folder', () => {
    const original = generated();
    const dir = fs.mkdtempSync(path.join(path.dirname(original), 'modelgen-copy-'));
    fs.cpSync(original, dir, { recursive: true });
    edit(dir, GO_FILE, (t) => t.replace('ID string', 'Id string'));
    forgeCache(dir, (data) => {
      for (const file of data.targets.go.files) if (`generated/${file.path}` === GO_FILE) file.hash = digest(read(dir, GO_FILE));
    }, true);
    const result = modelgen(['check', '--verbose', ...LANGS], dir);
    expect(result.status).toBe(1);
    expect(staleLines(result.stdout)).toEqual([`stale: ${GO_FILE}`]);
  });

  test('a target whose remembered file list was cut short is not trusted', () => {
    const dir = generated();
    forgeCache(dir, (data) => data.targets.go.files.pop(), true);
    const before = snapshotTree(dir);
    // The manifest still lists the file the forged entry dropped, so go renders again and nothing is reported orphaned.
    expect(modelgen(['check', '--verbose', ...LANGS], dir).stdout).toBe(`cache: reused python; rendered go\n${FILE_COUNT} generated files are up to date\n`);
    expect(snapshotTree(dir)).toEqual(before);
  });

  test('an unreadable cache costs a full render, and generate replaces it', () => {
    const dir = generated();
    fs.writeFileSync(path.join(dir, CACHE), '{"generator": "modelgen", trailing garbage');
    expect(modelgen(['check', '--verbose', ...LANGS], dir).stdout).toBe(`cache: rendered go, python\n${FILE_COUNT} generated files are up to date\n`);
    expect(modelgen(['generate', ...LANGS], dir).stdout).toBe(`0 files changed, ${FILE_COUNT} unchanged\n`);
    expect(modelgen(['check', '--verbose', ...LANGS], dir).stdout).toBe(`cache: reused go, python\n${FILE_COUNT} generated files are up to date\n`);
  });

  test('a changed template override invalidates its target only', () => {
    const template = fs.readFileSync(path.join(__dirname, '..', '..', 'templates', 'go', 'model.go.hbs'), 'utf8');
    const dir = tempProject({ 'tpl/go/model.go.hbs': template });
    const args = ['--templates', 'tpl', ...LANGS];
    expect(modelgen(['generate', ...args], dir).status).toBe(0);
    edit(dir, 'tpl/go/model.go.hbs', (t) => t.replace('package {{packageName}}', 'package {{packageName}}\n\n// Edited.'));
    const result = modelgen(['check', '--verbose', ...args], dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('cache: reused python; rendered go');
    expect(staleLines(result.stdout)).toEqual(['stale: generated/go/directorysync/directory_group.go', 'stale: generated/go/directorysync/directory.go']);
  });

  test('a changed target option invalidates its target', () => {
    const dir = tempProject({ 'modelgen.config.yaml': 'languages: [dotnet, go]\ntargets:\n  dotnet:\n    namespace: WorkOS\n' });
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
    fs.rmSync(path.join(dir, CACHE));
    expect(modelgen(['check', ...LANGS], dir).status).toBe(1);
    expect(fs.existsSync(path.join(dir, CACHE))).toBe(false);
  });

  test('a spec the cache remembers still reports its errors once it breaks', () => {
    const dir = generated();
    edit(dir, 'specs/directory.mdx', (t) => t.replace('description: (directory.name)', 'description: (directory.nam)'));
    const result = modelgen(['check', ...LANGS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^specs\/directory\.mdx:\d+:\d+ - error MG020: /m);
  });
});
