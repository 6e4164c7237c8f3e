import { DIAGNOSTICS, DiagnosticName, Severity } from './codes';

/** A place in a source file; line and column count from 1. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  readonly location?: SourceLocation;
}

export function diagnostic(
  name: DiagnosticName,
  message: string,
  location?: SourceLocation,
  hint?: string,
): Diagnostic {
  const kind = DIAGNOSTICS[name];
  return { code: kind.code, severity: kind.severity, message, hint: hint ?? kind.hint, location };
}

/** Collects the problems of a whole run so the user sees all of them at once. */
export class DiagnosticBag {
  private readonly items: Diagnostic[] = [];

  add(name: DiagnosticName, message: string, location?: SourceLocation, hint?: string): void {
    this.items.push(diagnostic(name, message, location, hint));
  }

  push(...diagnostics: readonly Diagnostic[]): void {
    this.items.push(...diagnostics);
  }

  get all(): readonly Diagnostic[] {
    return this.items;
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Source order: by file, line, column, then code, so output is deterministic. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
