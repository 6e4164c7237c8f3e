/**
 * Where a command's words go: results to stdout, diagnostics to stderr,
 * colour only on a TTY (never with NO_COLOR or --no-color), progress lines
 * silenced by --quiet and extra ones shown by --verbose.
 */
import { Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic';
import { formatDiagnostic, PLAIN, summarize, TextStyle } from '../diagnostics/format-text';

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
}

export interface ReporterOptions {
  readonly color?: boolean;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;

export function useColour(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag === false || (process.env.NO_COLOR ?? '') !== '') return false;
  return Boolean(stream.isTTY);
}

const line = (stream: NodeJS.WriteStream) => (text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);

const COLOURS: TextStyle = { red: ansi(31), yellow: ansi(33), dim: ansi(2) };

export function createReporter(options: ReporterOptions = {}): Reporter {
  const out = line(process.stdout);
  const err = line(process.stderr);
  return {
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
