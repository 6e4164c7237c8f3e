/** Nothing is written outside --out, `check` never writes, and leftovers of killed runs are cleaned up. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MINIMAL_SPEC } from '../support/specs';
import { modelgen, snapshotTree, tempProject } from '../support/cli';

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
    const dead = '.directory.ts.999999999.1700000000000.tmp';
    const live = `.index.ts.${process.pid}.1700000000000.tmp`;
    fs.writeFileSync(path.join(folder, dead), 'partial');
    fs.writeFileSync(path.join(folder, live), 'in progress');
    expect(modelgen(['check', ...TS], dir)).toMatchObject({ status: 0, stdout: '5 generated files are up to date\n' });
    expect(modelgen(['generate', ...TS], dir)).toMatchObject({ status: 0, stdout: '0 files changed, 5 unchanged\n' });
    expect(fs.readdirSync(folder).sort()).toEqual([live, '_runtime.ts', 'directory-group.ts', 'directory.ts', 'index.ts']);
  });
});
