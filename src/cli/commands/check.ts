import { sortDiagnostics } from '../../diagnostics/diagnostic';
import { diagnosticsJson, FORMAT_VERSION, githubCommand, githubDiagnostic, OutputFormat, workspacePath } from '../../diagnostics/format-machine';
import { terminalSafe } from '../../diagnostics/printable';
import { firstChangedLine, unifiedDiff } from '../../write/unified-diff';
import { Change, displayPath, planWrite } from '../../write/plan';
import { EXIT_DRIFT, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags } from '../run-options';
import { CacheFlags, neutralDefaultsNote, prepare } from './prepare';

export interface CheckFlags extends CommonFlags, CacheFlags {
  readonly format?: OutputFormat;
}

const STATUS = { create: 'missing', update: 'stale', delete: 'orphaned' } as const;

interface DriftEntry {
  readonly path: string;
  readonly status: (typeof STATUS)[keyof typeof STATUS];
  readonly diff: string;
}

/** Renders in memory and compares with the output folder. Writes nothing, not even the cache it reads. */
export async function check(flags: CheckFlags, reporter: Reporter): Promise<number> {
  const format = flags.format ?? 'text';
  const annotationPath = (file: string) => workspacePath(file, process.cwd(), process.env.GITHUB_WORKSPACE);
  const meter = reporter.meter;
  // `check` writes nothing, the cache included: it has nothing to learn for it.
  const prepared = await prepare(flags, process.cwd(), meter, false);
  const problems = prepared.ok ? undefined : prepared.diagnostics;
  const plan = prepared.ok ? meter.time('compare', () => planWrite(prepared.options.out, prepared.rendered.files, prepared.rendered.byTarget, (file) => prepared.cache.readOutput(file))) : undefined;
  const errors = problems ?? plan?.problems ?? [];
  if (errors.length > 0 || !plan || !prepared.ok) {
    if (format === 'json') reporter.out(JSON.stringify({ formatVersion: FORMAT_VERSION, command: 'check', status: 'error', upToDate: 0, files: [], diagnostics: diagnosticsJson(errors) }, null, 2));
    else if (format === 'github') sortDiagnostics(errors).forEach((d) => reporter.out(githubDiagnostic(d, annotationPath)));
    else reporter.diagnostics(errors);
    return EXIT_USAGE;
  }
  const out = prepared.options.out;
  if (format === 'text') reporter.verbose(prepared.cacheSummary);
  const note = neutralDefaultsNote(prepared.rendered.neutralDefaults);
  if (note && format === 'text') reporter.note(note);
  const drift = plan.changes.map((c) => driftEntry(out, c));
  if (format === 'json') {
    reporter.out(JSON.stringify({ formatVersion: FORMAT_VERSION, command: 'check', status: drift.length ? 'drift' : 'ok', upToDate: plan.unchanged.length, files: drift, diagnostics: [] }, null, 2));
  } else {
    for (const entry of drift) {
      if (format === 'github') reporter.out(driftAnnotation(entry, annotationPath));
      reporter.out(terminalSafe(`${entry.status}: ${entry.path}\n${entry.diff}`));
    }
    reporter.out(summary(drift.length, plan.unchanged.length));
    reporter.verbose(meter.summary());
  }
  return drift.length ? EXIT_DRIFT : EXIT_OK;
}

function driftEntry(out: string, change: Change): DriftEntry {
  const file = displayPath(out, change.path);
  if (change.kind === 'update' && differsOnlyInLineEndings(change.before ?? '', change.after ?? '')) {
    // A diff of lines that all look the same would hide the cause: a checkout that converted the endings (core.autocrlf).
    const base = displayPath(out, '').replace(/\/$/, '');
    const pattern = `${base === '.' ? '' : `${base}/`}** -text`;
    return { path: file, status: 'stale', diff: `only the line endings differ (CRLF in the file, LF generated); add \`${pattern}\` (or \`eol=lf\`) to .gitattributes and check the files out again\n` };
  }
  const diff = unifiedDiff(change.before ?? '', change.after ?? '', change.kind === 'create' ? '/dev/null' : `a/${file}`, change.kind === 'delete' ? '/dev/null' : `b/${file}`);
  return { path: file, status: STATUS[change.kind], diff };
}

function differsOnlyInLineEndings(before: string, after: string): boolean {
  return before !== after && before.replace(/\r\n/g, '\n') === after.replace(/\r\n/g, '\n');
}

/** Marks the committed file on the pull request, at its first stale line. */
function driftAnnotation(entry: DriftEntry, annotationPath: (file: string) => string): string {
  return githubCommand({
    level: 'error',
    title: 'modelgen check',
    file: annotationPath(entry.path),
    line: entry.status === 'stale' ? firstChangedLine(entry.diff) : undefined,
    message: `${entry.path} is ${entry.status}; run \`modelgen generate\` and commit the result`,
  });
}

function summary(stale: number, upToDate: number): string {
  if (stale === 0) return `${upToDate} generated files are up to date`;
  return `${stale} file${stale === 1 ? ' is' : 's are'} out of date; run \`modelgen generate\` to update ${stale === 1 ? 'it' : 'them'}`;
}
