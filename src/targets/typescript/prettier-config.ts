/**
 * The repository's own Prettier config, so its `prettier --check` accepts the
 * generated files: resolved from each file's place in the output folder
 * upward, as the Prettier CLI does (`.editorconfig` included), and applied
 * only where the repository has one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The files Prettier reads its options from (https://prettier.io/docs/configuration), and `.editorconfig`. */
const CONFIG_FILES = [
  'package.json',
  'package.yaml',
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.json5',
  '.prettierrc.js',
  '.prettierrc.mjs',
  '.prettierrc.cjs',
  '.prettierrc.ts',
  '.prettierrc.mts',
  '.prettierrc.cts',
  '.prettierrc.toml',
  'prettier.config.js',
  'prettier.config.mjs',
  'prettier.config.cjs',
  'prettier.config.ts',
  'prettier.config.mts',
  'prettier.config.cts',
  '.editorconfig',
];

/**
 * Every such file from `folder` up to the root, with its text: cheap to read
 * (no Prettier loaded), and a superset of what Prettier would use, so a
 * change to any of them is a change of the cache key.
 */
export function prettierConfigInputs(folder: string): string {
  const found: string[] = [];
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      try {
        found.push(`${file}\n${fs.readFileSync(file, 'utf8')}`);
      } catch {
        // Absent (the usual case), or unreadable, which Prettier would not use either.
      }
    }
    if (path.dirname(dir) === dir) return found.join('\n');
  }
}
