import { Diagnostic } from './diagnostic';

export interface TextStyle {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
}

export const PLAIN: TextStyle = { red: (s) => s, yellow: (s) => s, dim: (s) => s };

export function formatLocation(d: Diagnostic): string {
  if (!d.location) return 'modelgen';
  const { file, line, column } = d.location;
  return `${file}:${line}:${column}`;
}

/** `path:line:col - error MG020: message` then the hint, TypeSpec style. */
export function formatDiagnostic(d: Diagnostic, style: TextStyle = PLAIN): string {
  const colour = d.severity === 'error' ? style.red : style.yellow;
  return `${formatLocation(d)} - ${colour(`${d.severity} ${d.code}`)}: ${d.message}\n  ${style.dim(`hint: ${d.hint}`)}`;
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
