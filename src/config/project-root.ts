/**
 * Where a run's config is found and which folder its spec names are relative
 * to. Headers name specs relative to this one root, so the output is the same
 * from whatever folder, and however the paths are spelled, modelgen runs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Looked for in this order in each folder, as Prettier and ESLint look for theirs. */
export const CONFIG_FILE_NAMES = ['modelgen.config.yaml', 'modelgen.config.yml'] as const;

/** What marks a project's root folder when there is no config file. */
const ROOT_MARKERS = ['.git', 'package.json'];

/** The nearest folder, `dir` or above, holding one of `names`; the first match within it. */
function findUpward(dir: string, names: readonly string[]): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const found = names.find((name) => fs.existsSync(path.join(current, name)));
    if (found) return path.join(current, found);
    if (path.dirname(current) === current) return undefined;
  }
}

/** The config file that applies in `cwd`: the nearest `modelgen.config.yaml` (or `.yml`) there or above. */
export function findConfigFile(cwd: string): string | undefined {
  return findUpward(cwd, CONFIG_FILE_NAMES);
}

/**
 * The folder spec names are relative to: the config file's folder; without
 * one, the nearest folder holding `.git` or `package.json`, looking up from
 * the first spec path (so the working folder does not matter); else `cwd`.
 */
export function projectRoot(configFile: string | undefined, cwd: string, firstSpec: string): string {
  if (configFile) return path.dirname(path.resolve(cwd, configFile));
  const marker = findUpward(path.resolve(cwd, firstSpec), ROOT_MARKERS);
  return marker ? path.dirname(marker) : path.resolve(cwd);
}

/**
 * A spec's name in headers, from its absolute path: relative to the root,
 * `/`-separated. A spec on
 * another drive than the root (Windows) has no relative path; its file name
 * stands in, since an absolute path must never reach a generated file.
 */
export function specName(root: string, file: string): string {
  const relative = path.relative(root, file);
  const name = path.isAbsolute(relative) ? path.basename(file) : relative;
  return name.split(path.sep).join('/');
}
