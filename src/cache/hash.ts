/** Content hashes for the input-hash cache: SHA-256, each part length-prefixed so parts cannot run into each other. */
import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;

/**
 * Node's `crypto`, loaded on first use (some 6 ms): `--help`, the launcher
 * and a first `check`, which has no cache to compare with, never hash.
 */
export function nodeCrypto(): typeof Crypto {
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto;
}

export function digest(...parts: readonly string[]): string {
  const hash = nodeCrypto().createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64url');
}
