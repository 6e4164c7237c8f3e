/**
 * Reads that refuse anything but a regular file: a symlink to `/dev/zero`, a
 * FIFO or a folder in place of a file must end in a diagnostic, never in a
 * read that fills memory or waits forever. The file is opened without
 * blocking (a FIFO's open would wait for a writer), then checked on the open
 * descriptor, so what is checked is what is read.
 */
import * as fs from 'node:fs';

/** Far above any generated file or spec; a bigger file is refused rather than read. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** An error with a `code`, as the callers' diagnostics expect from the file system. */
export class ReadRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadPolicy {
  /** Whether a symlink at the path itself is followed (specs) or refused (generated files). */
  readonly followSymlink: boolean;
}

/** The file's bytes; undefined when nothing is there; throws a ReadRefused or an fs error otherwise. */
export function readRegularFile(file: string, policy: ReadPolicy): Buffer | undefined {
  const flags = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (policy.followSymlink ? 0 : fs.constants.O_NOFOLLOW);
  let fd: number;
  try {
    fd = fs.openSync(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // O_NOFOLLOW on a symlink fails with ELOOP.
    if (code === 'ELOOP') throw new ReadRefused('ESYMLINK', `${file} is a symlink`);
    throw error;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new ReadRefused('EISDIR', `${file} is a folder`);
    if (!stat.isFile()) throw new ReadRefused('ENOTREG', `${file} is not a regular file`);
    if (stat.size > MAX_READ_BYTES) throw new ReadRefused('EFBIG', `${file} is larger than ${MAX_READ_BYTES} bytes`);
    return readAll(fd, stat.size);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads to the end, up to the bound, even if the file grew since `size` was
 * taken (or `fstat` gives no size, as in /proc). The usual file fits the
 * first buffer, one byte more than its size, and is returned without a
 * copy: thousands of small files are not thousands of 64 KB buffers.
 */
function readAll(fd: number, size: number): Buffer {
  const first = Buffer.allocUnsafe(size + 1);
  let filled = 0;
  for (let n = -1; n !== 0 && filled < first.length; filled += n) n = fs.readSync(fd, first, filled, first.length - filled, null);
  if (filled < first.length) return first.subarray(0, filled);
  const chunks: Buffer[] = [first];
  let total = filled;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > MAX_READ_BYTES) throw new ReadRefused('EFBIG', `file is larger than ${MAX_READ_BYTES} bytes`);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}
