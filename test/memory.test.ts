/** relieveMemory collects the garbage of a large run, and leaves a small one alone. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './support/render';

/** In a fresh process: `thousands` thousand objects holding text made and dropped, then relieveMemory; the heap in use before and after, in MB (each test checks the heap it starts from). */
function heapAround(thousands: number, nextStepIsLarge: boolean): { before: number; after: number } {
  const script = `
    const v8 = require('node:v8');
    const { relieveMemory } = require(${JSON.stringify(path.join(REPO_ROOT, 'dist/memory.js'))});
    let garbage = [];
    for (let i = 0; i < ${thousands} * 1024; i++) garbage.push({ text: String(i).padStart(1000, 'x') });
    garbage = undefined;
    const used = () => Math.round(v8.getHeapStatistics().used_heap_size / 1048576);
    const before = used();
    relieveMemory(${nextStepIsLarge});
    console.log(JSON.stringify({ before, after: used() }));`;
  const run = spawnSync(process.execPath, ['--max-semi-space-size=64', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

test('past the budget, the garbage is collected', () => {
  const { before, after } = heapAround(500, false);
  expect(before).toBeGreaterThan(128);
  expect(after).toBeLessThan(64);
});

test('under the budget nothing is collected, unless the next step needs room', () => {
  const small = heapAround(180, false);
  expect(small.before).toBeGreaterThan(64);
  expect(small.before).toBeLessThan(128);
  expect(small.after).toBeGreaterThan(64);
  const beforePeak = heapAround(180, true);
  expect(beforePeak.after).toBeLessThan(64);
});

/** Keeps `alive` thousand objects, collects, then makes and drops `garbage` thousand more and calls relieveMemory again; the heap in use at each step, in MB. */
function secondCollection(alive: number, garbage: number): { afterFirst: number; beforeSecond: number; afterSecond: number } {
  const script = `
    const v8 = require('node:v8');
    const { relieveMemory } = require(${JSON.stringify(path.join(REPO_ROOT, 'dist/memory.js'))});
    const used = () => Math.round(v8.getHeapStatistics().used_heap_size / 1048576);
    const alive = [];
    for (let i = 0; i < ${alive} * 1024; i++) alive.push({ text: String(i).padStart(1000, 'x') });
    relieveMemory();
    const afterFirst = used();
    let garbage = [];
    for (let i = 0; i < ${garbage} * 1024; i++) garbage.push({ text: String(i).padStart(1000, 'y') });
    garbage = undefined;
    const beforeSecond = used();
    relieveMemory();
    console.log(JSON.stringify({ afterFirst, beforeSecond, afterSecond: used(), alive: alive.length }));`;
  const run = spawnSync(process.execPath, ['--max-semi-space-size=64', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

test('when what is alive passes the budget, the next collection waits until the heap has grown by half', () => {
  const { afterFirst, beforeSecond, afterSecond } = secondCollection(600, 250);
  expect(afterFirst).toBeGreaterThan(128);
  expect(beforeSecond).toBeGreaterThan(afterFirst + 10);
  // Under one and a half times the survivors: the garbage (about 130 MB, more than a fixed margin of 96 MB allowed) is still there, nothing was collected.
  expect(afterSecond).toBe(beforeSecond);
});

test('once the heap has grown by more than half of what was alive, the garbage is collected again', () => {
  const { afterFirst, beforeSecond, afterSecond } = secondCollection(300, 300);
  expect(afterFirst).toBeGreaterThan(128);
  expect(beforeSecond).toBeGreaterThan(afterFirst * 1.5);
  expect(afterSecond).toBeLessThan(afterFirst + 10);
});
