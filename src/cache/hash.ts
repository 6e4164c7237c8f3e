/** Content hashes for the input-hash cache: SHA-256, each part length-prefixed so parts cannot run into each other. */
import { createHash } from 'node:crypto';

export function digest(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64url');
}
