/**
 * V8's optimising compiler pays off only in a long run. Most runs are short
 * (a `check` of a few specs in CI or a pre-commit hook): there it costs a
 * third of the CPU compiling functions the run has nearly done with. So the
 * launcher starts a run with it off, and the run turns it on once it knows
 * its specs are large enough to gain from it. Measured on 2 cores
 * (README, Performance): the seeds' cold `check` takes about 30% less CPU
 * without it, 200 KB of specs 12% less, 1 MB the same, and larger inputs
 * need it.
 */
import type * as V8 from 'node:v8';

/** Loaded on first use: a help run sets no flags, and loading `v8` costs it some 2 ms. */
const setFlags = (flags: string) => (require('node:v8') as typeof V8).setFlagsFromString(flags);

/** Specs above this many bytes (of text) run with the optimising compiler. */
export const OPTIMISE_ABOVE = 512 * 1024;

/** V8 rejects a code cache made under other flags: the launcher starts with these, and sets them again before writing one. */
export const START_FLAGS = '--no-opt';

export function startUnoptimised(): void {
  setFlags(START_FLAGS);
}

/**
 * Turns the optimising compiler on for a run whose specs hold more than
 * OPTIMISE_ABOVE bytes, whatever it then does with them (a cached `check`
 * still hashes them and every output file); a no-op when it is on already.
 */
export function optimiseFor(specs: readonly { readonly text: string }[]): void {
  if (specs.reduce((bytes, s) => bytes + s.text.length, 0) > OPTIMISE_ABOVE) setFlags('--opt');
}
