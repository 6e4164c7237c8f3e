/** Nothing is written outside --out, `check` never writes, and leftovers of killed runs are cleaned up. */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MINIMAL_SPEC } from '../support/specs';
import { modelgen, snapshotTree, tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

const TS = ['--lang', 'typescript'];

describe('nothing is written outside --out', () => {
  test.each([
    ['an id climbing out', 'id: ../../etc/x', 'specs/evil.yaml:29:11 - error MG016: `id` of a `java` model entry is `../../etc/x`, which contains `..`'],
    ['an absolute id', 'id: /abs', 'specs/evil.yaml:29:11 - error MG016: `id` of a `java` model entry is `/abs`, which contains a path separator'],
    ['a backslash in an id', 'id: a\\b', 'specs/evil.yaml:29:11 - error MG016: `id` of a `java` model entry is `a\\b`, which contains a path separator'],
  ])('%s: exit 2, nothing written', (_what, id, expected) => {
    const dir = tempProject({ 'specs/evil.yaml': MINIMAL_SPEC.replace('    - key: Widget\n      id: widget', `    - key: Widget\n      ${id}`) });
    const before = snapshotTree(dir);
    const result = modelgen(['generate', '--lang', 'java'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(expected);
    expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
    expect(snapshotTree(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, '..', 'etc', 'x.java'))).toBe(false);
  });

  test('a symlink in the output tree that leads outside is not followed', () => {
    const dir = tempProject();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-outside-'));
    fs.mkdirSync(path.join(dir, 'generated'));
    fs.symlinkSync(outside, path.join(dir, 'generated', 'typescript'));
    for (const command of ['generate', 'check']) {
      const result = modelgen([command, ...TS], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(
        'modelgen - error MG205: refusing to write typescript/directory-group.ts: it leads through a symlink out of the output folder\n',
      );
    }
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'generated'))).toEqual(['typescript']);
  });
});

describe('check never writes', () => {
  const checkLeavesTreeAlone = (dir: string, expectedStatus: number) => {
    const before = snapshotTree(dir);
    expect(modelgen(['check', ...TS], dir).status).toBe(expectedStatus);
    expect(snapshotTree(dir)).toEqual(before);
  };

  test('when the output is up to date', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    checkLeavesTreeAlone(dir, 0);
  });

  test('when files are stale, missing and orphaned, and a killed run left a temporary file', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    fs.appendFileSync(path.join(dir, 'generated/typescript/directory.ts'), '// edited\n');
    fs.rmSync(path.join(dir, 'generated/typescript/index.ts'));
    fs.rmSync(path.join(dir, 'specs/directory-group.mdx'));
    fs.writeFileSync(path.join(dir, 'generated/typescript/.directory.ts.999999999.1.tmp'), 'partial');
    checkLeavesTreeAlone(dir, 1);
  });

  test('when the specs have errors, and when the output folder does not exist yet', () => {
    checkLeavesTreeAlone(tempProject({ 'specs/broken.yaml': 'reference: [' }), 2);
    const dir = tempProject();
    checkLeavesTreeAlone(dir, 1);
    expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
  });
});

describe('temporary files left by a killed run', () => {
  test('check ignores them; the next generate removes those of dead runs and keeps those of live ones', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    const folder = path.join(dir, 'generated/typescript');
    // No process has pid 999999999 (above Linux's pid_max); this test's own process is alive.
    const dead = `.directory.ts.999999999.${'a1'.repeat(12)}.tmp`;
    const live = `.index.ts.${process.pid}.${'b2'.repeat(12)}.tmp`;
    fs.writeFileSync(path.join(folder, dead), 'partial');
    fs.writeFileSync(path.join(folder, live), 'in progress');
    expect(modelgen(['check', ...TS], dir)).toMatchObject({ status: 0, stdout: '5 generated files are up to date\n' });
    expect(modelgen(['generate', ...TS], dir)).toMatchObject({ status: 0, stdout: '0 files changed, 5 unchanged\n' });
    expect(fs.readdirSync(folder).sort()).toEqual([live, '_runtime.ts', 'directory-group.ts', 'directory.ts', 'index.ts']);
  });

  test("the sweep removes only temporary files modelgen could have made: a user's file and a folder with such names survive", () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    const folder = path.join(dir, 'generated/typescript');
    const userFile = '.notes.99999.1.tmp';
    // A modelgen-shaped name, but for a file this run does not write, and a folder under a name for one it does.
    const strangerName = `.notes.ts.999999999.${'c3'.repeat(12)}.tmp`;
    const folderName = `.directory.ts.999999999.${'d4'.repeat(12)}.tmp`;
    fs.writeFileSync(path.join(folder, userFile), 'mine');
    fs.writeFileSync(path.join(folder, strangerName), 'mine too');
    fs.mkdirSync(path.join(folder, folderName));
    const result = modelgen(['generate', ...TS], dir);
    expect(result).toMatchObject({ status: 0, stdout: '0 files changed, 4 unchanged\n' });
    expect(fs.readdirSync(folder).sort()).toEqual([strangerName, folderName, userFile, 'directory-group.ts', 'directory.ts', 'index.ts'].sort());
  });
});

describe('ownership is the exact header at the start of the file, never a phrase', () => {
  test('a hand-written file that mentions "generated by modelgen" is not overwritten', () => {
    const dir = tempProject();
    const mine = '// This file is NOT generated by modelgen: hand-written, keep it.\nexport const mine = 1;\n';
    fs.mkdirSync(path.join(dir, 'generated/typescript'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'generated/typescript/directory.ts'), mine);
    const result = modelgen(['generate', ...TS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error MG204: refusing to overwrite generated/typescript/directory.ts: it does not begin with the header modelgen writes for its language');
    expect(fs.readFileSync(path.join(dir, 'generated/typescript/directory.ts'), 'utf8')).toBe(mine);
  });

  test("an edited manifest listing a user's file does not get it deleted, even when the file mentions the phrase", () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    const readme = '# Notes\nThese files are generated by modelgen; this README is not.\n';
    fs.writeFileSync(path.join(dir, 'generated/typescript/README.md'), readme);
    const manifestFile = path.join(dir, 'generated/.modelgen-manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.files.typescript.push('typescript/README.md');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    const result = modelgen(['generate', ...TS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error MG204: refusing to delete generated/typescript/README.md');
    expect(fs.readFileSync(path.join(dir, 'generated/typescript/README.md'), 'utf8')).toBe(readme);
  });
});

describe('reads refuse anything but a regular file', () => {
  // A FIFO would block a plain open forever; the test fails by timeout rather than hanging the suite.
  test.each([
    ['a symlink to /dev/zero', (file: string) => fs.symlinkSync('/dev/zero', file), 'error MG205: refusing to write typescript/directory.ts: it leads through a symlink out of the output folder'],
    ['a FIFO', (file: string) => execFileSync('mkfifo', [file]), 'error MG207: cannot read generated/typescript/directory.ts: something other than a regular file (a device, a FIFO, a socket) is in the way'],
  ])('%s in the place of a generated file: a diagnostic from check and generate, with and without the cache', (_what, plant, expected) => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    const file = path.join(dir, 'generated/typescript/directory.ts');
    fs.rmSync(file);
    plant(file);
    for (const args of [['check'], ['generate'], ['check', '--no-cache']]) {
      const result = modelgenWithin(10_000, [...args, ...TS], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(expected);
    }
  }, 60_000);

  test('a spec that is a FIFO is a diagnostic, not a hang', () => {
    const dir = tempProject();
    execFileSync('mkfifo', [path.join(dir, 'specs/pipe.yaml')]);
    const result = modelgenWithin(10_000, ['check', ...TS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("error MG002: cannot read 'specs/pipe.yaml': ENOTREG");
  });
});

describe('a spec that is a symlink', () => {
  test('is read like any spec: its models are generated, not deleted as orphans', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    const elsewhere = path.join(dir, 'docs-source');
    fs.mkdirSync(elsewhere);
    fs.renameSync(path.join(dir, 'specs/directory.mdx'), path.join(elsewhere, 'directory.mdx'));
    fs.symlinkSync(path.join(elsewhere, 'directory.mdx'), path.join(dir, 'specs/directory.mdx'));
    expect(modelgen(['check', ...TS], dir)).toMatchObject({ status: 0, stdout: '4 generated files are up to date\n' });
    expect(modelgen(['generate', ...TS], dir)).toMatchObject({ status: 0, stdout: '0 files changed, 4 unchanged\n' });
  });

  test('that leads nowhere is a diagnostic, and nothing is deleted', () => {
    const dir = tempProject();
    modelgen(['generate', ...TS], dir);
    fs.rmSync(path.join(dir, 'specs/directory.mdx'));
    fs.symlinkSync(path.join(dir, 'nowhere.mdx'), path.join(dir, 'specs/directory.mdx'));
    const before = snapshotTree(path.join(dir, 'generated'));
    const result = modelgen(['generate', ...TS], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("error MG002: cannot read 'specs/directory.mdx'");
    expect(snapshotTree(path.join(dir, 'generated'))).toEqual(before);
  });
});

/** Runs the CLI, failing (not hanging) if it takes longer than `ms`. */
function modelgenWithin(ms: number, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'modelgen'), ...args], { cwd, encoding: 'utf8', timeout: ms, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
