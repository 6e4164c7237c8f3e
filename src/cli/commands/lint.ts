import { resolveRunOptions } from '../run-options';
import { DiagnosticBag, hasErrors } from '../../diagnostics/diagnostic';
import { readSpecs } from '../../pipeline';
import { EXIT_DRIFT, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags } from '../run-options';

export interface LintFlags extends CommonFlags {
  readonly strict?: boolean;
}

/** Prints every finding on the specs; `--strict` fails on warnings too. */
export async function lint(flags: LintFlags, reporter: Reporter): Promise<number> {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, process.cwd(), bag);
  if (bag.hasErrors) {
    reporter.diagnostics(bag.all);
    return EXIT_USAGE;
  }
  const { diagnostics } = readSpecs(options.specs);
  if (diagnostics.length === 0) reporter.out('no findings');
  reporter.diagnostics(diagnostics, 'out');
  if (hasErrors(diagnostics)) return EXIT_USAGE;
  return flags.strict && diagnostics.length > 0 ? EXIT_DRIFT : EXIT_OK;
}
