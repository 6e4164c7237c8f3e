/** Content hashes for the input-hash cache: SHA-256, each part length-prefixed so parts cannot run into each other. */
import type * as Crypto from 'node:crypto';

// Loaded on first use: `--help`, `--version` and the launcher, which only name the cache folder, never hash.
let crypto: typeof Crypto | undefined;

export function digest(...parts: readonly string[]): string {
  crypto ??= require('node:crypto') as typeof Crypto;
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64url');
}
