/**
 * Keeps a large run's memory near what it holds. A run of a thousand specs
 * keeps about 100 MB alive, yet its resident size climbed past 450 MB: V8
 * lets the heap grow while a run allocates fast (YAML documents, syntax
 * trees, rendered text, much of it promoted before it dies) and collects
 * later. Node 20 cannot lower a running process's heap limit, so the work
 * loops call relieveMemory as they finish items, and once the heap in use
 * passes a budget a full collection runs, through the `gc` function V8
 * hands out once `--expose-gc` is set (the way Jest's leak detection gets
 * it). A run that stays under the budget never pays for one.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const MB = 1024 * 1024;
/** Heap in use above which the garbage is collected between items: a thousand specs keep about 100 MB alive, the seeds never reach it. */
const BUDGET = 128 * MB;
/** Before a step that briefly needs a lot more (the cache's text), a lower bar. */
const BEFORE_PEAK = 64 * MB;
/**
 * How far the heap in use may grow over what the last collection left alive
 * before the next one. In proportion, as V8 grows its own heap: each
 * collection costs in proportion to what is alive, so collecting once per
 * half of it costs the same share of the run at N = 1,000 as at N = 3,000,
 * whose live data alone passes the budget (a fixed margin there collected
 * after nearly every item).
 */
const GROWTH = 1.5;

let collect: (() => void) | null | undefined;
/** The heap in use that triggers a collection: the budget, or the last collection's survivors grown by half. */
let threshold = BUDGET;

/**
 * Called between items of work (a spec read, a file rendered, a batch
 * formatted): collects the garbage when the heap in use has grown past the
 * budget, or past a lower bar when the next step is known to need room.
 */
export function relieveMemory(nextStepIsLarge = false): void {
  if (v8.getHeapStatistics().used_heap_size < (nextStepIsLarge ? BEFORE_PEAK : threshold)) return;
  collect ??= exposeGc();
  if (!collect) return;
  collect();
  threshold = Math.max(BUDGET, v8.getHeapStatistics().used_heap_size * GROWTH);
}

function exposeGc(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
