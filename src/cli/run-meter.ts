/**
 * What a long run shows while it works and what `--verbose` reports after:
 * one progress line on a terminal's stderr, rewritten in place (the stage and
 * how many of its items are done), and the time spent in each stage. The
 * line is only drawn on a terminal outside CI, where nothing reads it back.
 */
import type { StageMeter } from '../stage-meter';

/** Milliseconds on the monotonic clock; `process.hrtime` is there from start-up, where `performance` loads perf_hooks (2 ms). */
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Redrawing more often than this costs time and shows nothing a reader can follow. */
const REDRAW_MS = 80;

export interface ProgressTarget {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** Whether a progress line belongs on `stream`: a terminal, not CI, not `TERM=dumb` (which cannot clear a line), not --quiet. */
export function showsProgress(stream: Pick<ProgressTarget, 'isTTY'>, quiet: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !quiet && (env.CI ?? '') === '' && env.TERM !== 'dumb';
}

export class RunMeter implements StageMeter {
  private readonly spentMs = new Map<string, number>();
  private shown = false;
  private lastDraw = -Infinity;

  constructor(private readonly stream: ProgressTarget | undefined) {}

  progress(stage: string, done: number, total: number, detail?: string): void {
    if (!this.stream) return;
    const drawnAt = now();
    if (done < total && drawnAt - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = drawnAt;
    // One character short of the width, so the line never wraps (a terminal that reports no width gets 80).
    const text = `${stage} ${done}/${total}${detail ? ` (${detail})` : ''}`.slice(0, (this.stream.columns || 80) - 1);
    this.stream.write(`\r\u001b[K${text}`);
    this.shown = true;
  }

  /** Runs `work`, adding its time to `stage`. */
  time<T>(stage: string, work: () => T): T {
    const start = now();
    try {
      return work();
    } finally {
      this.spend(stage, now() - start);
    }
  }

  async timeAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const start = now();
    try {
      return await work();
    } finally {
      this.spend(stage, now() - start);
    }
  }

  spend(stage: string, ms: number): void {
    this.spentMs.set(stage, (this.spentMs.get(stage) ?? 0) + ms);
  }

  /** Forgets the times so far: each run of `--watch` reports its own. */
  reset(): void {
    this.spentMs.clear();
  }

  /** Erases the progress line, before any other output and at the end. */
  clear(): void {
    if (!this.shown || !this.stream) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
  }

  /** `timings: load 3 ms, validate 41 ms, ...`, in the order the stages ran. */
  summary(): string {
    const parts = [...this.spentMs].map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`);
    return `timings: ${parts.length > 0 ? parts.join(', ') : 'none'}`;
  }
}
