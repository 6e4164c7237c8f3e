import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureSealKey, readSealKey } from '../../src/cache/seal-key';
import { REPO_ROOT } from '../support/render';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-key-'));

describe('the seal key', () => {
  test('is made once, private (0600), and the same for every later run', () => {
    const dir = path.join(tmp(), 'cache');
    const key = ensureSealKey(dir);
    expect(key).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'seal.key')).mode & 0o777).toBe(0o600);
    expect(ensureSealKey(dir).equals(key)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['seal.key']);
  });

  test('runs that start at once on one cache folder all succeed and agree on one key', async () => {
    const dir = path.join(tmp(), 'shared');
    const script = `const { ensureSealKey } = require(${JSON.stringify(path.join(REPO_ROOT, 'dist/cache/seal-key.js'))}); process.stdout.write(ensureSealKey(${JSON.stringify(dir)}).toString('hex'));`;
    const runs = Array.from({ length: 6 }, () => new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['-e', script]);
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    }));
    const results = await Promise.all(runs);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(new Set(results.map((r) => r.out)).size).toBe(1);
    expect(readSealKey(dir)?.toString('hex')).toBe(results[0].out);
    expect(fs.readdirSync(dir)).toEqual(['seal.key']);
  });

  test('a key others can read, or of the wrong size, is not trusted and is replaced', () => {
    for (const [bytes, mode] of [[32, 0o644], [5, 0o600]] as const) {
      const dir = tmp();
      fs.writeFileSync(path.join(dir, 'seal.key'), Buffer.alloc(bytes, 1), { mode });
      fs.chmodSync(path.join(dir, 'seal.key'), mode);
      expect(readSealKey(dir)).toBeUndefined();
      const key = ensureSealKey(dir);
      expect(readSealKey(dir)?.equals(key)).toBe(true);
    }
  });
});
