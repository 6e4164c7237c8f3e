/** Temporary names carry random hex from the kernel, without loading Node's crypto for it. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomHex } from '../../src/write/random-hex';
import { REPO_ROOT } from '../support/render';

test('each call gives fresh digits of the length asked for', () => {
  const names = Array.from({ length: 200 }, () => randomHex(12));
  for (const name of names) expect(name).toMatch(/^[0-9a-f]{24}$/);
  expect(new Set(names).size).toBe(names.length);
  // 200 x 96 bits: every digit value turns up.
  expect(new Set(names.join('')).size).toBe(16);
});

test('on Linux the digits come from /dev/urandom, and crypto is not loaded', () => {
  const script = `const { randomHex } = require(${JSON.stringify(path.join(REPO_ROOT, 'dist/write/random-hex.js'))});
    const hex = randomHex(12);
    console.log(JSON.stringify({ hex, crypto: process.moduleLoadList.some((m) => m === 'NativeModule crypto') }));`;
  // A file, not `node -e`, which loads crypto itself.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-random-')), 'probe.js');
  fs.writeFileSync(file, script);
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(JSON.parse(run.stdout)).toEqual({ hex: expect.stringMatching(/^[0-9a-f]{24}$/), crypto: false });
});
