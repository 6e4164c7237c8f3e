/** bin/modelgen runs the bundle through a V8 code cache in the user's cache folder: taken when it matches, rebuilt when not, never needed. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { modelgen, tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'modelgen.js');

/** Launches the bundle with `cacheDir` as the code-cache folder, runs `--version`, saves, and says whether V8 took the cache. */
function launchOnce(cacheDir: string, during = ''): { accepted: boolean; stdout: string } {
  const script = `
    const l = require(${JSON.stringify(path.join(REPO_ROOT, 'dist/cli/launch.js'))}).launchBundle(${JSON.stringify(BUNDLE)}, ${JSON.stringify(cacheDir)});
    ${during}
    l.exports.main(['--version']).then(() => { l.saveCodeCache(); console.log(JSON.stringify({ accepted: l.cacheAccepted })); });`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const lines = run.stdout.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]), stdout: lines.slice(0, -1).join('\n') };
}

test('the first run leaves a code cache, the next one runs from it, and bytes that do not match are rejected and replaced', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-code-cache-'));
  const first = launchOnce(cacheDir);
  expect(first).toEqual({ accepted: false, stdout: JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version });
  const files = fs.readdirSync(cacheDir);
  expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{8}-v\d+\.\d+\.\d+-\w+\.bin$/)]);
  expect(launchOnce(cacheDir)).toEqual({ ...first, accepted: true });
  fs.writeFileSync(path.join(cacheDir, files[0]), Buffer.alloc(4096, 7));
  expect(launchOnce(cacheDir)).toEqual(first);
  expect(launchOnce(cacheDir).accepted).toBe(true);
  expect(fs.readdirSync(cacheDir)).toEqual(files);
});

test('a first run on large specs, which turns the optimising compiler on, still leaves a cache the next run takes', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-code-cache-'));
  const large = `require(${JSON.stringify(path.join(REPO_ROOT, 'dist/optimizer.js'))}).optimiseFor([{ text: 'x'.repeat(1 << 21) }]);`;
  expect(launchOnce(cacheDir, large).accepted).toBe(false);
  expect(launchOnce(cacheDir).accepted).toBe(true);
});

test('a cache folder that cannot be created or written costs nothing but time', () => {
  const dir = tempProject();
  const blocked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-blocked-')), 'a-file');
  fs.writeFileSync(blocked, 'not a folder');
  const env = { XDG_CACHE_HOME: blocked, HOME: blocked };
  const generated = modelgen(['generate', '--lang', 'go', '--no-cache'], dir, env);
  expect(generated.stderr).toBe('');
  expect(generated.status).toBe(0);
  const checked = modelgen(['check', '--lang', 'go', '--no-cache'], dir, env);
  expect([checked.status, checked.stderr, checked.stdout.trim().split('\n').pop()]).toEqual([0, '', '4 generated files are up to date']);
  expect(fs.readFileSync(blocked, 'utf8')).toBe('not a folder');
});
