/**
 * The README's first two commands, in order, in a fresh clone: after
 * `npm install && node bin/modelgen generate`, the tests pass and the clone is
 * still clean (generate finds the committed output up to date and leaves
 * nothing in it, so `git status` and the golden test see no difference).
 *
 * The clone is of the last commit. It borrows this checkout's node_modules
 * instead of installing (no network in tests), so `npm install` becomes its
 * `prepare` script, the build; and of `npm test` it runs the golden test, the
 * one a generated file out of place breaks (CI's .ci/run runs the rest).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { childEnv } from './support/cli';
import { readmeBlock } from './support/readme';
import { REPO_ROOT } from './support/render';

const LONG_MS = 180_000;

test(
  "the README's two commands, in order, in a fresh clone",
  () => {
    const commands = readmeBlock('sh', 'npm install && node bin/modelgen generate').split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npm install && node bin/modelgen generate', 'npm test']);
    const clone = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-clone-')), 'modelgen');
    execFileSync('git', ['clone', '--quiet', REPO_ROOT, clone]);
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    const sh = (command: string) => spawnSync('sh', ['-c', command], { cwd: clone, encoding: 'utf8', env: childEnv() });

    const first = sh(commands[0].replace('npm install', 'npm run --silent prepare'));
    expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' });
    expect(first.stdout).toMatch(/(^|\n)0 files changed, \d+ unchanged\n$/);
    expect(sh('git status --porcelain --untracked-files=all').stdout).toBe('');

    const test = sh(`${commands[1].replace('npm test', 'npm run --silent jest --')} test/golden.test.ts`);
    expect({ status: test.status, output: test.stderr.split('\n').filter((l) => /Tests:|✕|●/.test(l)) }).toEqual({ status: 0, output: [expect.stringMatching(/^Tests: +1 passed, 1 total$/)] });
  },
  LONG_MS,
);
