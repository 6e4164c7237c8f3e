/** Kept apart from the pipeline so a command can hold a meter without loading the stages. */

/**
 * Watches a run go by: the CLI draws progress and reports each stage's time
 * from it. The stages themselves stay pure; the meter only observes.
 */
export interface StageMeter {
  /** `done` of `total` items of `stage` are finished; `detail` says which. */
  progress(stage: string, done: number, total: number, detail?: string): void;
  time<T>(stage: string, work: () => T): T;
  timeAsync<T>(stage: string, work: () => Promise<T>): Promise<T>;
}

/** The meter of a run nobody watches. */
export const NO_METER: StageMeter = { progress: () => undefined, time: (_stage, work) => work(), timeAsync: (_stage, work) => work() };
