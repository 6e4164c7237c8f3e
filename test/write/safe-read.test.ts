/** readRegularFile: every byte of a regular file, and a refusal for anything else. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_READ_BYTES, readRegularFile } from '../../src/write/safe-read';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-safe-read-'));
const write = (name: string, bytes: Buffer | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};
const follow = { followSymlink: true };

test.each([0, 1, 4095, 4096, 65535, 65536, 65537, 300_000])('a file of %i bytes reads back whole', (size) => {
  const bytes = Buffer.from(Array.from({ length: size }, (_, i) => (i * 7) % 256));
  expect(readRegularFile(write(`f${size}`, bytes), follow)?.equals(bytes)).toBe(true);
});

test('a file whose size fstat does not give (/proc) is read to its end', () => {
  if (!fs.existsSync('/proc/self/status')) return;
  expect(fs.fstatSync(fs.openSync('/proc/self/status', 'r')).size).toBe(0);
  expect(readRegularFile('/proc/self/status', follow)?.toString('utf8')).toMatch(/^Name:[^]*\nPid:\s+\d+/);
});

test('a missing file is undefined; a folder, a FIFO and (unless followed) a symlink are refused', () => {
  expect(readRegularFile(path.join(dir, 'missing'), follow)).toBeUndefined();
  expect(() => readRegularFile(dir, follow)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  const fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  expect(() => readRegularFile(fifo, follow)).toThrow(expect.objectContaining({ code: 'ENOTREG' }));
  const target = write('target', 'text');
  const link = path.join(dir, 'link');
  fs.symlinkSync(target, link);
  expect(readRegularFile(link, follow)?.toString()).toBe('text');
  expect(() => readRegularFile(link, { followSymlink: false })).toThrow(expect.objectContaining({ code: 'ESYMLINK' }));
});

test('a file above the bound is refused without reading it', () => {
  const file = path.join(dir, 'sparse');
  fs.closeSync(fs.openSync(file, 'w'));
  fs.truncateSync(file, MAX_READ_BYTES + 1);
  expect(() => readRegularFile(file, follow)).toThrow(expect.objectContaining({ code: 'EFBIG' }));
});
