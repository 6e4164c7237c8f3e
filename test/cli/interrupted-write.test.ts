/**
 * A generate killed at any point leaves every file old or new, never
 * truncated, and the next run finishes the job; two runs at once on one
 * output folder leave it correct. Uses a large synthetic output so the write
 * phase takes long enough to be interrupted.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { modelgen } from '../support/cli';
import { REPO_ROOT } from '../support/render';
import { syntheticSpecs } from '../support/synthetic-specs';

/** Prettier (TypeScript) would dominate the run; the other targets render fast and write as many files. */
const LANGS = ['--lang', 'go,java,python,ruby,php,dotnet'];
const TEMPORARY = /^\..+\.\d+\.[0-9a-f]{24}\.tmp$/;

type Tree = ReadonlyMap<string, Buffer>;

/** The generated files and the manifest: all the output folder holds (the input-hash cache lives elsewhere). */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return files;
}

function writeSpecs(dir: string, files: Record<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

const generateArgs = (specs: string, out: string) => ['generate', '--specs', specs, '--out', out, ...LANGS, '--quiet'];

function start(cwd: string, out: string): ChildProcess {
  return spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'modelgen'), ...generateArgs('new', out)], { cwd, stdio: 'ignore' });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** Resolves at the first file event in `folder` (the first temporary file of the write phase), or when the run ends. */
function writePhaseStarted(folder: string, child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const watcher = fs.watch(folder, () => (watcher.close(), resolve()));
    child.once('exit', () => (watcher.close(), resolve()));
  });
}

/** Each path holds its old bytes, its new bytes, or nothing where the old or the new tree lacks it. */
function mixedStateProblems(actual: Tree, before: Tree, after: Tree): string[] {
  const problems: string[] = [];
  for (const file of new Set([...before.keys(), ...after.keys(), ...actual.keys()])) {
    if (TEMPORARY.test(path.basename(file))) continue;
    const bytes = actual.get(file);
    const ok = bytes === undefined ? !before.has(file) || !after.has(file) : [before.get(file), after.get(file)].some((b) => b?.equals(bytes));
    if (!ok) problems.push(bytes === undefined ? `${file} vanished` : `${file} is neither old nor new (${bytes.length} bytes)`);
  }
  return problems;
}

describe('interrupted and concurrent writes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-kill-'));
  let before: Tree;
  let after: Tree;

  beforeAll(() => {
    // The old output has 4 more models (orphans to delete) and different text in every file.
    writeSpecs(path.join(dir, 'old'), syntheticSpecs(44, 'old'));
    writeSpecs(path.join(dir, 'new'), syntheticSpecs(40, 'new'));
    expect(modelgen(generateArgs('old', 'old-out'), dir).status).toBe(0);
    expect(modelgen(generateArgs('new', 'new-out'), dir).status).toBe(0);
    before = readTree(path.join(dir, 'old-out'));
    after = readTree(path.join(dir, 'new-out'));
  });

  const fresh = (name: string) => {
    const out = path.join(dir, name);
    fs.cpSync(path.join(dir, 'old-out'), out, { recursive: true });
    return out;
  };

  let interrupted = 0;
  // Milliseconds after the write phase starts; -1 kills while the run is still rendering.
  test.each([-1, 0, 10, 100])('killed %i ms into the write phase: every file old or new, then repaired', async (delay) => {
    const out = fresh(`out-${delay}`);
    const child = start(dir, out);
    const exit = exited(child);
    if (delay >= 0) {
      await writePhaseStarted(path.join(out, 'go', 'models'), child);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    child.kill('SIGKILL');
    await exit;
    const actual = readTree(out);
    expect(mixedStateProblems(actual, before, after)).toEqual([]);
    const changed = [...actual].filter(([file, bytes]) => after.get(file)?.equals(bytes) && !before.get(file)?.equals(bytes)).length;
    if (changed > 0 && changed < after.size) interrupted++;

    expect(modelgen(generateArgs('new', out), dir).status).toBe(0);
    expect(readTree(out)).toEqual(after);
    // `check` renders everything again; once is enough to show it agrees.
    if (delay === 0) expect(modelgen(['check', '--specs', 'new', '--out', out, ...LANGS], dir).status).toBe(0);
  });

  test('at least one kill landed in the middle of the write phase', () => {
    expect(interrupted).toBeGreaterThan(0);
  });

  test('two runs at once on one output folder both succeed and leave it correct', async () => {
    const out = fresh('out-concurrent');
    const codes = await Promise.all([start(dir, out), start(dir, out)].map(exited));
    expect(codes).toEqual([0, 0]);
    expect(readTree(out)).toEqual(after);
    expect(modelgen(['check', '--specs', 'new', '--out', out, ...LANGS], dir).status).toBe(0);
  });
});
