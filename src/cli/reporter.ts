/** Where a command's words go: results to stdout, diagnostics to stderr, colour only on a TTY. */
import { Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic';
import { formatDiagnostic, PLAIN, summarize, TextStyle } from '../diagnostics/format-text';

export interface Reporter {
  readonly style: TextStyle;
  out(text: string): void;
  err(text: string): void;
  diagnostics(list: readonly Diagnostic[], stream?: 'out' | 'err'): void;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;

export function useColour(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag === false || process.env.NO_COLOR !== undefined) return false;
  return Boolean(stream.isTTY);
}

export function createReporter(options: { colour?: boolean } = {}): Reporter {
  const style: TextStyle = useColour(process.stderr, options.colour) ? { red: ansi(31), yellow: ansi(33), dim: ansi(2) } : PLAIN;
  const reporter: Reporter = {
    style,
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    diagnostics(list, stream = 'err') {
      if (list.length === 0) return;
      const write = stream === 'out' ? reporter.out : reporter.err;
      write(sortDiagnostics(list).map((d) => formatDiagnostic(d, style)).join('\n'));
      write(summarize(list));
    },
  };
  return reporter;
}
