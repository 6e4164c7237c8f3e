/**
 * The launcher starts a run without V8's optimising compiler and a run with
 * large specs turns it on (src/optimizer.ts). Checked in child processes
 * that ask V8 itself (`%GetOptimizationStatus`, natives syntax) whether a
 * hot function got optimised; concurrent recompilation is off there so the
 * answer does not depend on a background thread's timing.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { OPTIMISE_ABOVE } from '../src/optimizer';
import { REPO_ROOT } from './support/render';

const OPTIMIZER = path.join(REPO_ROOT, 'dist', 'optimizer.js');
/** V8's OptimizationStatus bit for code optimised by TurboFan. */
const TURBOFANNED = 1 << 6;

function optimisedAfter(setup: string): boolean {
  const script = `
    const optimizer = require(${JSON.stringify(OPTIMIZER)});
    ${setup}
    function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }
    for (let i = 0; i < 20000; i++) hot(100);
    process.stdout.write(String(%GetOptimizationStatus(hot)));`;
  const status = Number(execFileSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '-e', script], { encoding: 'utf8' }));
  return (status & TURBOFANNED) !== 0;
}

describe('optimiser', () => {
  test('a hot function is optimised in a plain process: the probe can see it', () => {
    expect(optimisedAfter('')).toBe(true);
  });

  test('is off once the launcher starts a run', () => {
    expect(optimisedAfter('optimizer.startUnoptimised();')).toBe(false);
  });

  test('stays off for small specs', () => {
    expect(optimisedAfter(`optimizer.startUnoptimised(); optimizer.optimiseFor([{ text: 'x'.repeat(${OPTIMISE_ABOVE}) }]);`)).toBe(false);
  });

  test('is on again for large specs', () => {
    expect(optimisedAfter(`optimizer.startUnoptimised(); optimizer.optimiseFor([{ text: 'x'.repeat(${OPTIMISE_ABOVE}) }, { text: 'x' }]);`)).toBe(true);
  });
});
