/**
 * Where a command's words go: results to stdout, diagnostics to stderr,
 * colour as the conventions say (see `useColour`), progress lines
 * silenced by --quiet and extra ones shown by --verbose.
 */
import { Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic';
import { formatDiagnostic, PLAIN, summarize, TextStyle } from '../diagnostics/format-text';
import { RunMeter, showsProgress } from './run-meter';

export interface Reporter {
  /** A command's result (always printed). */
  out(text: string): void;
  /** Progress and summaries (not with --quiet). */
  info(text: string): void;
  /** Details (only with --verbose). */
  verbose(text: string): void;
  /** Advice about the run, on stderr so it never mixes with results (not with --quiet). */
  note(text: string): void;
  err(text: string): void;
  diagnostics(list: readonly Diagnostic[], stream?: 'out' | 'err'): void;
  /** Progress on a terminal, and each stage's time for --verbose. */
  readonly meter: RunMeter;
}

export interface ReporterOptions {
  readonly color?: boolean;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;

/**
 * The conventions, in order: `--no-color`; a non-empty `NO_COLOR`
 * (no-color.org), which wins over everything else; `FORCE_COLOR` (0 or
 * `false` off; empty, 1 to 3 or `true` on, even down a pipe, as Node and
 * chalk read it); then only a terminal that is not `TERM=dumb`.
 */
export function useColour(stream: Pick<NodeJS.WriteStream, 'isTTY'>, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === false || (env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const line = (stream: NodeJS.WriteStream) => (text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);

const COLOURS: TextStyle = { red: ansi(31), yellow: ansi(33), dim: ansi(2) };

export function createReporter(options: ReporterOptions = {}): Reporter {
  const meter = new RunMeter(showsProgress(process.stderr, options.quiet) ? process.stderr : undefined);
  // The progress line goes before anything else is printed, on either stream.
  const out = (text: string) => (meter.clear(), line(process.stdout)(text));
  const err = (text: string) => (meter.clear(), line(process.stderr)(text));
  return {
    meter,
    out,
    err,
    info: (text) => (options.quiet ? undefined : out(text)),
    verbose: (text) => (options.verbose && !options.quiet ? out(text) : undefined),
    note: (text) => (options.quiet ? undefined : err(text)),
    diagnostics(list, stream = 'err') {
      if (list.length === 0) return;
      const write = stream === 'out' ? out : err;
      // Decided per stream: `modelgen lint | less` from a terminal must not send escape codes down the pipe.
      const style = useColour(stream === 'out' ? process.stdout : process.stderr, options.color) ? COLOURS : PLAIN;
      write(sortDiagnostics(list).map((d) => formatDiagnostic(d, style)).join('\n'));
      write(summarize(list));
    },
  };
}
