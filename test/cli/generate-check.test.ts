import * as fs from 'node:fs';
import * as path from 'node:path';
import { modelgen, snapshotTree, tempProject } from '../support/cli';

const TS = ['--lang', 'typescript'];

describe('generate and check', () => {
  test('generate writes the files, a second run changes nothing and is byte-identical', () => {
    const dir = tempProject();
    const first = modelgen(['generate', ...TS], dir);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(
      [
        'created generated/typescript/directory-group.ts',
        'created generated/typescript/directory.ts',
        'created generated/typescript/_runtime.ts',
        'created generated/typescript/index.ts',
        'created generated/.modelgen-manifest.json',
        '5 files changed, 0 unchanged',
        '',
      ].join('\n'),
    );
    const before = snapshotTree(path.join(dir, 'generated'));
    const second = modelgen(['generate', ...TS], dir);
    expect(second.stdout).toBe('0 files changed, 5 unchanged\n');
    expect(snapshotTree(path.join(dir, 'generated'))).toEqual(before);
  });

  test('check exits 0 right after generate, and 1 with a diff after a one-byte edit, writing nothing', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    expect(modelgen(['check', ...TS], dir)).toMatchObject({ status: 0, stdout: '5 generated files are up to date\n' });
    const file = path.join(dir, 'generated/typescript/directory.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id: string;', 'id: strinG;'));
    const before = snapshotTree(dir);
    const result = modelgen(['check', ...TS], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('stale: generated/typescript/directory.ts\n--- a/generated/typescript/directory.ts\n+++ b/generated/typescript/directory.ts\n@@ ');
    expect(result.stdout).toContain('\n-  id: strinG;\n+  id: string;\n');
    expect(result.stdout).toMatch(/1 file is out of date; run `modelgen generate` to update it\n$/);
    expect(snapshotTree(dir)).toEqual(before);
  });

  test('a file that differs only in line endings (core.autocrlf) is one line with the .gitattributes fix, not a diff', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    const file = path.join(dir, 'generated/typescript/directory.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const result = modelgen(['check', ...TS], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      'stale: generated/typescript/directory.ts\nonly the line endings differ (CRLF in the file, LF generated); add `generated/** -text` (or `eol=lf`) to .gitattributes and check the files out again\n' +
        "1 file is out of date; run `modelgen generate` to update it\n",
    );
    expect(modelgen(['generate', ...TS], dir).stdout).toContain('updated generated/typescript/directory.ts\n');
    expect(modelgen(['check', ...TS], dir).status).toBe(0);
  });

  test('check lists missing and orphaned files; generate then deletes the orphan', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    fs.rmSync(path.join(dir, 'generated/typescript/index.ts'));
    fs.rmSync(path.join(dir, 'specs/directory-group.mdx'));
    const result = modelgen(['check', ...TS], dir);
    expect(result.status).toBe(1);
    // _runtime.ts, like index.ts, names every spec in its header.
    expect(result.stdout.split('\n').filter((l) => /^(missing|stale|orphaned):/.test(l))).toEqual([
      'stale: generated/typescript/_runtime.ts',
      'missing: generated/typescript/index.ts',
      'orphaned: generated/typescript/directory-group.ts',
      'stale: generated/.modelgen-manifest.json',
    ]);
    expect(modelgen(['generate', ...TS], dir).stdout).toContain('deleted generated/typescript/directory-group.ts\n');
    expect(fs.existsSync(path.join(dir, 'generated/typescript/directory-group.ts'))).toBe(false);
    expect(modelgen(['check', ...TS], dir).status).toBe(0);
  });

  test('generate --dry-run lists what would change and writes nothing', () => {
    const dir = tempProject();
    const result = modelgen(['generate', '--dry-run', ...TS], dir);
    expect(result.stdout).toContain('would create generated/typescript/directory.ts\n');
    expect(result.stdout).toMatch(/5 files would change, 0 unchanged\n$/);
    expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  test('a file without the modelgen header is never overwritten: exit 2, nothing written', () => {
    const dir = tempProject({ 'generated/typescript/directory.ts': 'export const mine = 1;\n' });
    const result = modelgen(['generate', ...TS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'modelgen - error MG204: refusing to overwrite generated/typescript/directory.ts: it does not begin with the header modelgen writes for its language\n  hint: modelgen only replaces files it generated; move the file away or choose another --out\n',
    );
    expect(result.stderr).toContain('nothing was written');
    expect(fs.readdirSync(path.join(dir, 'generated/typescript'))).toEqual(['directory.ts']);
    expect(fs.readFileSync(path.join(dir, 'generated/typescript/directory.ts'), 'utf8')).toBe('export const mine = 1;\n');
  });

  test('a hand-edited file listed in the manifest is not deleted when its model goes', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    fs.writeFileSync(path.join(dir, 'generated/typescript/directory-group.ts'), '// now mine\n');
    fs.rmSync(path.join(dir, 'specs/directory-group.mdx'));
    const result = modelgen(['generate', ...TS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('refusing to delete generated/typescript/directory-group.ts');
    expect(fs.readFileSync(path.join(dir, 'generated/typescript/directory-group.ts'), 'utf8')).toBe('// now mine\n');
  });

  test('bad specs: every error printed, exit 2, no output folder', () => {
    const dir = tempProject({ 'specs/broken.yaml': 'reference:\n  kotlin: []\n  go:\n    - id: x\n      properties: []\n' });
    const result = modelgen(['generate', ...TS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      [
        'specs/broken.yaml:2:3 - error MG012: unknown language `kotlin` in `reference`; expected one of curl, js, go, java, python, ruby, php, dotnet',
        '  hint: reference languages are curl, js, go, java, python, ruby, php and dotnet',
        'specs/broken.yaml:4:7 - error MG014: a `go` model entry has no `key`',
        '  hint: give the entry the missing key',
        '2 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  test('unknown --lang is bad usage', () => {
    const result = modelgen(['generate', '--lang', 'cobol'], tempProject());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error MG202: unknown language `cobol` in --lang');
  });

  test('an unknown option is bad usage, exit 2', () => {
    expect(modelgen(['generate', '--frobnicate'], tempProject()).status).toBe(2);
  });
});

test("check's diff shows ESC, BEL and CR in a hand-edited file as escapes, never raw to the terminal", () => {
  const dir = tempProject();
  modelgen(['generate', ...TS], dir);
  fs.appendFileSync(path.join(dir, 'generated/typescript/directory.ts'), '// \u001b[2J\u0007\r evil\n');
  const result = modelgen(['check', ...TS], dir);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('\n-// \\u001b[2J\\u0007\\u000d evil\n');
  expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
});

test('a byte that decodes to U+FFFD is not taken as equal to a rendered U+FFFD: files are compared as bytes', () => {
  const dir = tempProject();
  modelgen(['generate', ...TS], dir);
  const file = path.join(dir, 'generated/typescript/directory.ts');
  const text = fs.readFileSync(file, 'utf8');
  // The spec writes U+FFFD into a description; on disk, an invalid byte stands where it was.
  const spec = path.join(dir, 'specs/directory.mdx');
  fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('The name of the directory.', 'The name \ufffd of the directory.'));
  expect(modelgen(['generate', ...TS], dir).status).toBe(0);
  const rendered = fs.readFileSync(file);
  const at = rendered.indexOf(Buffer.from('\ufffd'));
  expect(at).toBeGreaterThan(0);
  fs.writeFileSync(file, Buffer.concat([rendered.subarray(0, at), Buffer.from([0xff]), rendered.subarray(at + 3)]));
  expect(text).not.toContain('\ufffd');
  for (const args of [['check'], ['check', '--no-cache']]) {
    const result = modelgen([...args, ...TS], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('stale: generated/typescript/directory.ts');
  }
});
