/**
 * Before the cache moved out of the output folder, it was
 * `<out>/.modelgen-cache.json`. `generate` removes that file, but only when
 * it is modelgen's: a plain file whose first line is a modelgen cache header.
 * A user's file of that name stays.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { readRegularFile } from '../write/safe-read';

export const LEGACY_CACHE_FILE = '.modelgen-cache.json';

export function removeLegacyCache(outDir: string): Diagnostic[] {
  const file = path.join(outDir, LEGACY_CACHE_FILE);
  try {
    const bytes = readRegularFile(file, { followSymlink: false });
    if (bytes === undefined || !isLegacyCache(bytes.toString('utf8'))) return [];
    fs.rmSync(file);
    return [];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Something else under that name (a folder, a symlink) is not ours to touch.
    if (code === 'ESYMLINK' || code === 'EISDIR' || code === 'ENOTREG' || code === 'EFBIG') return [];
    return [diagnostic('writeFailed', `could not remove the old cache ${file}: ${code ?? error}`)];
  }
}

function isLegacyCache(text: string): boolean {
  try {
    const header = JSON.parse(text.split('\n', 1)[0]) as { generator?: unknown; cacheFormat?: unknown; seal?: unknown };
    return header.generator === 'modelgen' && typeof header.cacheFormat === 'number' && typeof header.seal === 'string';
  } catch {
    return false;
  }
}
