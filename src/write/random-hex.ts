/**
 * Random hex digits for temporary file names, from the kernel's generator
 * (/dev/urandom) where there is one: loading Node's `crypto` for them cost a
 * run with no cache to seal some 6 ms. Where there is none (Windows), or it
 * cannot be read, `crypto` gives them.
 */
import * as fs from 'node:fs';
import { nodeCrypto } from '../cache/hash';

/** The open /dev/urandom for the rest of the run; null once it proved unusable. */
let urandom: number | null | undefined;

export function randomHex(bytes: number): string {
  const buffer = Buffer.allocUnsafe(bytes);
  return fromKernel(buffer) ? buffer.toString('hex') : nodeCrypto().randomBytes(bytes).toString('hex');
}

function fromKernel(buffer: Buffer): boolean {
  if (urandom === null || process.platform === 'win32') return false;
  try {
    urandom ??= fs.openSync('/dev/urandom', fs.constants.O_RDONLY);
    // A read of up to 256 bytes from /dev/urandom returns them all.
    return fs.readSync(urandom, buffer, 0, buffer.length, null) === buffer.length;
  } catch {
    urandom = null;
    return false;
  }
}
