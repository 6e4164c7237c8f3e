/**
 * Parsing cost is linear in the spec's size. The `yaml` library's own
 * duplicate-key check compared each key of a mapping with every earlier one
 * (10k keys took 2 s, 40k took 16 s). Measured here as an operation count,
 * never as time: the library's scalar tests, which its quadratic check calls
 * twice per comparison, per key parsed. The texts hold a tab in a comment,
 * which src/load/fast-yaml.ts leaves to the library, so the library's path
 * is what is counted.
 */
import * as path from 'node:path';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { parseSpec } from '../../src/load/parse-spec';
import { REPO_ROOT } from '../support/render';

// The same module instance the library's composer calls into (the registry keys modules by file).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const identity = require(path.join(REPO_ROOT, 'node_modules/yaml/dist/nodes/identity.js')) as { isScalar: (node: unknown) => boolean };

function scalarTestsToParse(keys: number): number {
  const text = `# a tab:\t\ndescriptions:\n${Array.from({ length: keys }, (_, i) => `  k${i}: text ${i}\n`).join('')}reference: {}\n`;
  // A bare counter, not a jest spy: a spy would keep the arguments of millions of calls.
  const original = identity.isScalar;
  let calls = 0;
  identity.isScalar = (node) => {
    calls++;
    return original(node);
  };
  try {
    const bag = new DiagnosticBag();
    parseSpec('s.yaml', text, bag);
    expect(bag.all).toEqual([]);
    return calls;
  } finally {
    identity.isScalar = original;
  }
}

test('one mapping with four times the keys costs about four times the work, not sixteen', () => {
  const small = scalarTestsToParse(2_000);
  const large = scalarTestsToParse(8_000);
  expect(small).toBeGreaterThan(0);
  // Linear gives 4; the quadratic check gave about 16.
  expect(large / small).toBeLessThan(5);
});

test('a duplicate key is still MG003 at the second key', () => {
  const bag = new DiagnosticBag();
  parseSpec('s.yaml', 'descriptions:\n  a: x\n  b: y\n  a: z\nreference: {}\n', bag);
  expect(bag.all.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual(['s.yaml:4:3 - error MG003: invalid YAML: Map keys must be unique']);
});

test('keys equal as the library compares them: `1` and "1" differ, so they are not duplicates', () => {
  const bag = new DiagnosticBag();
  parseSpec('s.yaml', 'descriptions:\n  1: x\n  "1": y\nreference: {}\n', bag);
  expect(bag.all).toEqual([]);
});
