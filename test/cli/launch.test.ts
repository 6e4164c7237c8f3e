/** bin/modelgen runs the bundle through a V8 code cache in the user's cache folder: taken when it matches, rebuilt when not, never needed. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { modelgen, tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'modelgen.js');

interface Launch {
  /** Whether V8 took the cached code. */
  readonly accepted: boolean;
  /** What the run printed before the report line. */
  readonly stdout: string;
  /** Whether the run loaded Node's `v8` module. */
  readonly loadedV8: boolean;
}

/**
 * Launches the bundle as bin/modelgen would for `argv` (which picks the
 * code-cache file) with `cacheDir` as the code-cache folder, runs `run`
 * (default: `--version`) in `cwd`, saves, and says what happened.
 */
function launchOnce(cacheDir: string, { argv = ['--version'], run = argv, during = '', cwd = REPO_ROOT }: { argv?: string[]; run?: string[]; during?: string; cwd?: string } = {}): Launch {
  const script = `
    const l = require(${JSON.stringify(path.join(REPO_ROOT, 'dist/cli/launch.js'))}).launchBundle(${JSON.stringify(BUNDLE)}, ${JSON.stringify(argv)}, ${JSON.stringify(cacheDir)});
    ${during}
    l.exports.main(${JSON.stringify(run)}).then(() => {
      l.saveCodeCache();
      console.log(JSON.stringify({ accepted: l.cacheAccepted, loadedV8: process.moduleLoadList.includes('NativeModule v8') }));
    });`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd });
  expect(child.stderr).toBe('');
  const lines = child.stdout.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]), stdout: lines.slice(0, -1).join('\n') };
}

const VERSION = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;

test('the first run leaves a code cache, the next one runs from it, and bytes that do not match are rejected and replaced', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-code-cache-'));
  const first = launchOnce(cacheDir);
  expect(first).toEqual({ accepted: false, stdout: VERSION, loadedV8: false });
  const files = fs.readdirSync(cacheDir);
  expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{8}-help-v\d+\.\d+\.\d+-\w+\.bin$/)]);
  expect(launchOnce(cacheDir)).toEqual({ ...first, accepted: true });
  fs.writeFileSync(path.join(cacheDir, files[0]), Buffer.alloc(4096, 7));
  expect(launchOnce(cacheDir)).toEqual(first);
  expect(launchOnce(cacheDir).accepted).toBe(true);
  expect(fs.readdirSync(cacheDir)).toEqual(files);
});

test('help and each command keep their own code cache, and only the commands start with the flags that need `v8`', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-code-cache-'));
  expect(launchOnce(cacheDir, { argv: ['check', '--help'] }).loadedV8).toBe(false);
  expect(launchOnce(cacheDir, { argv: ['check'], run: ['--version'] })).toEqual({ accepted: false, stdout: VERSION, loadedV8: true });
  expect(launchOnce(cacheDir, { argv: ['lint', '--strict'], run: ['--version'] }).accepted).toBe(false);
  expect(launchOnce(cacheDir, { argv: ['chekc'], run: ['--version'] }).accepted).toBe(false);
  expect(fs.readdirSync(cacheDir).map((f) => f.split('-')[1]).sort()).toEqual(['check', 'help', 'lint', 'other']);
  expect(launchOnce(cacheDir, { argv: ['check'], run: ['--version'] }).accepted).toBe(true);
});

test('a run that uses a renderer the cache lacks writes it again, holding both; a run that uses less leaves it', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-code-cache-'));
  const cwd = tempProject();
  const file = () => fs.readFileSync(path.join(cacheDir, fs.readdirSync(cacheDir)[0]));
  const generate = (lang: string) => launchOnce(cacheDir, { argv: ['generate'], run: ['generate', '--quiet', '--no-cache', '--lang', lang], cwd });
  launchOnce(cacheDir, { argv: ['generate'], run: ['--version'] });
  const short = file();
  expect(short[0]).toBe(0);
  expect(generate('go').accepted).toBe(true);
  const go = file();
  // Rendering (bit 0) and Go's renderer (bit 2).
  expect(go[0]).toBe(0b101);
  expect(go.length).toBeGreaterThan(short.length);
  expect(generate('python').accepted).toBe(true);
  const goAndPython = file();
  expect(goAndPython[0]).toBe(0b10101);
  expect(goAndPython.length).toBeGreaterThan(go.length);
  for (const run of [() => generate('go'), () => launchOnce(cacheDir, { argv: ['generate'], run: ['--version'] })]) {
    expect(run().accepted).toBe(true);
    expect(file()).toEqual(goAndPython);
  }
});

test('a first run on large specs, which turns the optimising compiler on, still leaves a cache the next run takes', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-code-cache-'));
  const large = `require(${JSON.stringify(path.join(REPO_ROOT, 'dist/optimizer.js'))}).optimiseFor([{ text: 'x'.repeat(1 << 21) }]);`;
  expect(launchOnce(cacheDir, { argv: ['check'], run: ['--version'], during: large }).accepted).toBe(false);
  expect(launchOnce(cacheDir, { argv: ['check'], run: ['--version'] }).accepted).toBe(true);
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
