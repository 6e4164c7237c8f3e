/**
 * Machine-readable renderings of a run's results: one stable JSON object for
 * scripts, and GitHub Actions workflow commands that annotate pull requests.
 */
import * as path from 'node:path';
import { Diagnostic, sortDiagnostics } from './diagnostic';

export const OUTPUT_FORMATS = ['text', 'json', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The JSON shape of a diagnostic; documented in the README, versioned by `formatVersion`. */
export interface DiagnosticJson {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly hint: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
}

export const FORMAT_VERSION = 1;

export function diagnosticJson(d: Diagnostic): DiagnosticJson {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    hint: d.hint,
    file: d.location?.file ?? null,
    line: d.location?.line ?? null,
    column: d.location?.column ?? null,
  };
}

export function diagnosticsJson(list: readonly Diagnostic[]): DiagnosticJson[] {
  return sortDiagnostics(list).map(diagnosticJson);
}

/** Escaping rules of workflow commands: data escapes %, CR, LF; properties also `:` and `,`. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export function githubCommand(a: Annotation): string {
  const props = [
    a.file !== undefined ? `file=${escapeProperty(a.file)}` : undefined,
    a.line !== undefined ? `line=${a.line}` : undefined,
    a.column !== undefined ? `col=${a.column}` : undefined,
    a.title !== undefined ? `title=${escapeProperty(a.title)}` : undefined,
  ].filter((p) => p !== undefined);
  return `::${a.level}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}`;
}

/**
 * GitHub resolves an annotation's file from the repository root, and modelgen
 * may run in a subfolder of it (the action's `working-directory`).
 */
export function workspacePath(file: string, cwd: string, workspace: string | undefined): string {
  if (!workspace) return file;
  const relative = path.relative(workspace, path.resolve(cwd, file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

export function githubDiagnostic(d: Diagnostic, filePath: (file: string) => string = (file) => file): string {
  return githubCommand({
    level: d.severity,
    title: `modelgen ${d.code}`,
    file: d.location && filePath(d.location.file),
    line: d.location?.line,
    column: d.location?.column,
    message: `${d.message}\nhint: ${d.hint}`,
  });
}
