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

/** Every such file that can be read, from `folder` up to the root, nearest first. */
function* configFiles(folder: string): Generator<{ readonly name: string; readonly file: string; readonly text: string }> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      try {
        yield { name, file, text: fs.readFileSync(file, 'utf8') };
      } catch {
        // Absent (the usual case), or unreadable, which Prettier would not use either.
      }
    }
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * Every such file from `folder` up to the root, with its text: cheap to read
 * (no Prettier loaded), and a superset of what Prettier would use, so a
 * change to any of them is a change of the cache key.
 */
export function prettierConfigInputs(folder: string): string {
  return [...configFiles(folder)].map((c) => `${c.file}\n${c.text}`).join('\n');
}

/** The `.editorconfig` properties Prettier reads (https://prettier.io/docs/configuration#editorconfig). */
const EDITORCONFIG_OPTIONS = /^\s*(?:indent_style|indent_size|tab_width|max_line_length|end_of_line|quote_type)\s*=/im;

/**
 * Whether Prettier would find options of the repository's own from
 * `folder` upward: a Prettier config file, a `prettier` key in
 * `package.json` or `package.yaml`, or an `.editorconfig` setting Prettier
 * reads. Erring towards yes costs only a Prettier run.
 */
export function hasOwnPrettierConfig(folder: string): boolean {
  for (const { name, text } of configFiles(folder)) if (givesOptions(name, text)) return true;
  return false;
}

function givesOptions(name: string, text: string): boolean {
  if (name === 'package.json') return hasPrettierKey(text);
  if (name === 'package.yaml') return /^prettier\s*:/m.test(text);
  if (name === '.editorconfig') return EDITORCONFIG_OPTIONS.test(text);
  return true;
}

function hasPrettierKey(json: string): boolean {
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed !== 'object' || parsed === null || 'prettier' in parsed;
  } catch {
    return true;
  }
}
