/**
 * `generate --watch` as a user runs it: the real CLI in a temporary project,
 * files edited under it, its output read as it prints. Waits poll for the
 * expected output with generous limits; nothing asserts on elapsed time.
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

const WAIT_MS = 15_000;
const READY = 'watching for changes (Ctrl-C to stop)\n';

class Watcher {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(cwd: string, args: readonly string[]) {
    this.child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'modelgen'), 'generate', '--watch', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    this.child.stdout.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Resolves once `predicate` holds, polling; fails with everything printed so far after WAIT_MS. */
  async until(what: string, predicate: () => boolean): Promise<void> {
    for (let waited = 0; !predicate(); waited += 50) {
      if (waited > WAIT_MS || this.child.exitCode !== null) throw new Error(`gave up waiting for ${what}\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      await sleep(50);
    }
  }

  /** How many runs have finished: each ends with the "watching" line. */
  readyCount = () => this.stdout.split(READY).length - 1;
  changeLines = () => this.stdout.split('\n').filter((l) => l.startsWith('change: '));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('generate --watch', () => {
  let dir: string;
  let watcher: Watcher;
  const spec = () => path.join(dir, 'specs', 'directory.mdx');
  const output = () => path.join(dir, 'generated', 'go', 'directorysync', 'directory.go');
  const editSpec = (from: string, to: string) => {
    const text = fs.readFileSync(spec(), 'utf8');
    expect(text).toContain(from);
    fs.writeFileSync(spec(), text.replace(from, to));
  };

  beforeAll(async () => {
    dir = tempProject();
    watcher = new Watcher(dir, ['--lang', 'go']);
    await watcher.until('the first run', () => watcher.readyCount() === 1);
  });

  afterAll(() => {
    if (watcher.child.exitCode === null) watcher.child.kill('SIGKILL');
  });

  test('runs once at start, then says it is watching', () => {
    expect(watcher.stdout).toBe(
      [
        'created generated/go/directorysync/modelgen_types.go',
        'created generated/go/directorysync/directory_group.go',
        'created generated/go/directorysync/directory.go',
        'created generated/.modelgen-manifest.json',
        '4 files changed, 0 unchanged',
        READY,
      ].join('\n'),
    );
  });

  test('an edited spec is regenerated and what was written is printed', async () => {
    const start = watcher.stdout.length;
    editSpec('    name: The name of the directory.\n', '    name: The display name of the directory.\n');
    await watcher.until('the rerun', () => watcher.readyCount() === 2);
    expect(watcher.stdout.slice(start)).toBe(['change: specs/directory.mdx', 'updated generated/go/directorysync/directory.go', '1 file changed, 3 unchanged', READY].join('\n'));
    expect(fs.readFileSync(output(), 'utf8')).toContain('\t// Name is the display name of the directory.\n');
  });

  test('a burst of saves gives one run', async () => {
    const runs = watcher.changeLines().length;
    const text = fs.readFileSync(spec(), 'utf8');
    for (let i = 1; i <= 5; i++) fs.writeFileSync(spec(), text.replace('The display name', `Saved ${i} times, the display name`));
    await watcher.until('the rerun', () => watcher.readyCount() === 3);
    // A second run, if the burst had been split, would start within the debounce; leave it time to show.
    await sleep(1000);
    expect(watcher.changeLines().length).toBe(runs + 1);
    expect(watcher.readyCount()).toBe(3);
    expect(fs.readFileSync(output(), 'utf8')).toContain('\t// Name is saved 5 times, the display name of the directory.\n');
  });

  test('a broken spec prints its diagnostics and the watcher waits for the fix', async () => {
    const good = fs.readFileSync(spec(), 'utf8');
    const before = fs.readFileSync(output(), 'utf8');
    fs.writeFileSync(spec(), good.replace('    name: Saved 5 times,', '    name: Saved: 5 times,'));
    await watcher.until('the diagnostics', () => watcher.readyCount() === 4);
    expect(watcher.stdout.split('\n').slice(-3)).toEqual(['change: specs/directory.mdx', READY.trim(), '']);
    expect(watcher.stderr).toBe(
      'specs/directory.mdx:9:11 - error MG003: invalid YAML: Nested mappings are not allowed in compact mappings\n  hint: fix the YAML syntax; a quoted string or consistent indentation usually does it\n1 error, 0 warnings\n',
    );
    expect(watcher.child.exitCode).toBeNull();
    expect(fs.readFileSync(output(), 'utf8')).toBe(before);

    fs.writeFileSync(spec(), good.replace('Saved 5 times, the display name', 'The full name'));
    await watcher.until('the rerun after the fix', () => watcher.readyCount() === 5);
    expect(fs.readFileSync(output(), 'utf8')).toContain('\t// Name is the full name of the directory.\n');
  });

  test('the config file is watched too', async () => {
    const start = watcher.stdout.length;
    fs.writeFileSync(path.join(dir, 'modelgen.config.yaml'), 'targets:\n  go:\n    package: models\n');
    await watcher.until('the rerun', () => watcher.readyCount() === 6);
    expect(watcher.stdout.slice(start)).toBe(
      [
        'change: modelgen.config.yaml',
        'created generated/go/models/modelgen_types.go',
        'created generated/go/models/directory_group.go',
        'created generated/go/models/directory.go',
        'deleted generated/go/directorysync/directory.go',
        'deleted generated/go/directorysync/directory_group.go',
        'deleted generated/go/directorysync/modelgen_types.go',
        'updated generated/.modelgen-manifest.json',
        '7 files changed, 0 unchanged',
        READY,
      ].join('\n'),
    );
  });

  test('Ctrl-C stops it with exit code 0', async () => {
    watcher.child.kill('SIGINT');
    expect(await watcher.exited).toBe(0);
  });
});
