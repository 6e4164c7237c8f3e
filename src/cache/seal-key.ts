/**
 * The key that seals cache files: random, one per cache folder, readable only
 * by its owner (mode 0600) and kept outside the repository. An unkeyed hash
 * could be recomputed by anyone who edits the output and the cache together;
 * an HMAC under this key cannot be, without the key.
 */
import type { Hmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { temporaryName } from '../write/apply';
import { readRegularFile } from '../write/safe-read';
import { nodeCrypto } from './hash';

const KEY_FILE = 'seal.key';
const KEY_BYTES = 32;

/** The folder's key; undefined when there is none (or it is not a plain private file of the right size). */
export function readSealKey(cacheDir: string): Buffer | undefined {
  const file = path.join(cacheDir, KEY_FILE);
  try {
    const key = readRegularFile(file, { followSymlink: false });
    const mode = fs.lstatSync(file).mode & 0o077;
    return key?.length === KEY_BYTES && mode === 0 ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The folder's key, made when missing. Runs on other projects may share the
 * folder and start at once: the key appears whole (written aside, then
 * linked into place), and a run that loses the race uses the winner's key.
 * Throws what the file system throws.
 */
export function ensureSealKey(cacheDir: string): Buffer {
  const existing = readSealKey(cacheDir);
  if (existing) return existing;
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const file = path.join(cacheDir, KEY_FILE);
  const key = nodeCrypto().randomBytes(KEY_BYTES);
  const aside = temporaryName(file);
  fs.writeFileSync(aside, key, { flag: 'wx', mode: 0o600 });
  try {
    fs.linkSync(aside, file);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = readSealKey(cacheDir);
    if (theirs) return theirs;
    // An unusable key (wrong size or mode) is replaced: it only sealed caches that are rewritten anyway.
    fs.renameSync(aside, file);
    return key;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

export function seal(key: Buffer, body: string): string {
  return sealer(key).update(body).digest('base64url');
}

/** The HMAC that `seal` computes, to feed a body that is never one string. */
export function sealer(key: Buffer): Hmac {
  return nodeCrypto().createHmac('sha256', key);
}
