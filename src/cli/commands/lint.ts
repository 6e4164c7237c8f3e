import { DiagnosticBag, hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic';
import { diagnosticsJson, FORMAT_VERSION, githubDiagnostic, OutputFormat, workspacePath } from '../../diagnostics/format-machine';
import { Diagnostic } from '../../diagnostics/diagnostic';
import { readSpecs } from '../../pipeline';
import { RunOptions } from '../run-options';
import { EXIT_DRIFT, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags, resolveRunOptions } from '../run-options';

export interface LintFlags extends CommonFlags {
  readonly strict?: boolean;
  readonly format?: OutputFormat;
}

/** Prints every finding on the specs, and against the contract when there is one; `--strict` fails on warnings too. */
export async function lint(flags: LintFlags, reporter: Reporter): Promise<number> {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, process.cwd(), bag);
  const diagnostics = bag.hasErrors ? bag.all : await findings(options);
  const code = hasErrors(diagnostics) ? EXIT_USAGE : flags.strict && diagnostics.length > 0 ? EXIT_DRIFT : EXIT_OK;
  const format = flags.format ?? 'text';
  if (format === 'json') {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const status = errors > 0 ? 'error' : diagnostics.length > 0 ? 'findings' : 'ok';
    reporter.out(JSON.stringify({ formatVersion: FORMAT_VERSION, command: 'lint', status, errors, warnings: diagnostics.length - errors, diagnostics: diagnosticsJson(diagnostics) }, null, 2));
  } else if (format === 'github') {
    const annotationPath = (file: string) => workspacePath(file, process.cwd(), process.env.GITHUB_WORKSPACE);
    for (const d of sortDiagnostics(diagnostics)) reporter.out(githubDiagnostic(d, annotationPath));
  } else if (diagnostics.length === 0) {
    reporter.out('no findings');
  } else {
    reporter.diagnostics(diagnostics, 'out');
  }
  return code;
}

async function findings(options: RunOptions): Promise<readonly Diagnostic[]> {
  const read = readSpecs(options.specs, options.nameOf, options.areas, options.names);
  if (!options.contract || hasErrors(read.diagnostics)) return read.diagnostics;
  const bag = new DiagnosticBag();
  const { loadContract } = await import('../../contract/load-contract');
  const contract = await loadContract(options.contract, bag);
  if (!contract || bag.hasErrors) return [...read.diagnostics, ...bag.all];
  const { lintAgainstContract } = await import('../../contract/lint-contract');
  return [...read.diagnostics, ...lintAgainstContract(read.modelSet, contract, options.contractNames)];
}
