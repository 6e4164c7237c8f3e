/** Turns a spec file's bytes into text, refusing bytes that are not UTF-8 instead of silently replacing them. */
import { isUtf8 } from 'node:buffer';

export type Decoded = { readonly text: string } | { readonly invalidAt: number; readonly prefix: string };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('utf8');
  if (isUtf8(buffer)) return { text };
  // Decoding replaces each bad sequence with U+FFFD, so re-encoding differs first exactly at the first bad byte.
  const again = Buffer.from(text, 'utf8');
  let invalidAt = 0;
  while (invalidAt < buffer.length && buffer[invalidAt] === again[invalidAt]) invalidAt++;
  return { invalidAt, prefix: buffer.subarray(0, invalidAt).toString('utf8') };
}

/** Line and column (from 1, in UTF-16 units as the YAML positions are) just after `prefix`. */
export function endPosition(prefix: string): { line: number; column: number } {
  const lines = prefix.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
