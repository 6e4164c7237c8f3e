/**
 * Where the input-hash cache lives: never in the output folder, which holds
 * only generated code and the manifest. The cache goes to the nearest
 * `node_modules/.cache/modelgen/` above the project (where build tools keep
 * theirs, and what `git clean` and a fresh clone never carry along), else to
 * `$XDG_CACHE_HOME/modelgen` (default `~/.cache/modelgen`). One folder serves
 * many projects, so each output folder gets its own file, named by a hash of
 * its absolute path.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { digest } from './hash';

/** The cache folder to use when neither `--cache-dir` nor `cacheDir` names one. */
export function defaultCacheDir(projectDir: string, env: NodeJS.ProcessEnv = process.env): string {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    if (isFolder(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'modelgen');
    if (path.dirname(dir) === dir) break;
  }
  return userCacheDir(env);
}

/** `$XDG_CACHE_HOME/modelgen`, by default `~/.cache/modelgen`: the user's own, outside every project. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(xdg, 'modelgen');
}

/** The cache file for one output folder; two projects never share one. */
export function cacheFileFor(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, `${digest(path.resolve(outDir)).slice(0, 24)}.json`);
}

function isFolder(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
