/**
 * Which parts of the bundle a run used, for the launcher's code cache
 * (src/cli/launch.ts): a cache holds only the code of the runs that made
 * it, so a run that used a part the cache lacks (rendering, or one more
 * target's renderer, where the runs before only compared hashes or rendered
 * `--lang go`) writes it again, holding both. Loading the fuller cache costs
 * a run that stops early some 3 ms; compiling six renderers without it cost
 * each cold `check` of all seven some 30.
 *
 * One bit per part, so the set fits the cache file's first byte.
 */
import type { TargetName } from './targets/target';

const TARGET_BITS: Readonly<Record<TargetName, number>> = { typescript: 1 << 1, go: 1 << 2, java: 1 << 3, python: 1 << 4, ruby: 1 << 5, php: 1 << 6, dotnet: 1 << 7 };

/** The rendering stages, and each target's renderer. */
export const REACH = { render: 1, target: (name: TargetName) => TARGET_BITS[name] } as const;

let reached = 0;

export function reach(part: number): void {
  reached |= part;
}

/** The parts used so far, as a set of bits (0: none of them). */
export function codeReach(): number {
  return reached;
}
