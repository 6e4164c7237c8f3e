import { DiagnosticBag, hasErrors } from '../../diagnostics/diagnostic';
import { readSpecs } from '../../pipeline';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags, resolveRunOptions } from '../run-options';

/** Prints the normalised IR as JSON: what the targets' view-models are built from. */
export async function ir(flags: CommonFlags, reporter: Reporter): Promise<number> {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, process.cwd(), bag);
  const read = bag.hasErrors ? undefined : readSpecs(options.specs, options.nameOf, options.areas, options.names);
  const errors = [...bag.all, ...(read?.diagnostics.filter((d) => d.severity === 'error') ?? [])];
  if (!read || hasErrors(errors)) {
    reporter.diagnostics(errors);
    return EXIT_USAGE;
  }
  reporter.out(JSON.stringify(read.modelSet, null, 2));
  return EXIT_OK;
}
