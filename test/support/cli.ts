/** Runs the real `bin/modelgen` in a throwaway project folder. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './render';

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function modelgen(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'modelgen'), ...args], { cwd, encoding: 'utf8', env: childEnv(env) });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The test's environment without what changes output (colour forced, CI), then `env`; NO_COLOR unless `env` says otherwise. */
export function childEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete result.FORCE_COLOR;
  delete result.CI;
  return { ...result, ...env };
}

/** A temporary project holding copies of the seed specs. */
export function tempProject(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-project-'));
  fs.mkdirSync(path.join(dir, 'specs'));
  for (const spec of ['directory.mdx', 'directory-group.mdx']) fs.copyFileSync(path.join(REPO_ROOT, 'specs', spec), path.join(dir, 'specs', spec));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Every file below `dir` with its bytes and mtime, to prove a command wrote nothing. */
export function snapshotTree(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    if (!fs.existsSync(current)) return;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else result[path.relative(dir, full)] = `${fs.statSync(full).mtimeMs}:${fs.readFileSync(full, 'base64')}`;
    }
  };
  walk(dir);
  return result;
}
