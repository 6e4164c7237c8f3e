/** The part every rendering command shares: options, specs, IR, rendered files. */
import { DiagnosticBag, hasErrors } from '../../diagnostics/diagnostic';
import { readSpecs, renderModels, RenderResult } from '../../pipeline';
import { EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags, resolveRunOptions, RunOptions } from '../run-options';

export interface Prepared {
  readonly options: RunOptions;
  readonly rendered: RenderResult;
}

/** Returns the rendered files, or an exit code after reporting why there are none. */
export async function prepare(flags: CommonFlags, reporter: Reporter): Promise<Prepared | number> {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, process.cwd(), bag);
  if (bag.hasErrors) {
    reporter.diagnostics(bag.all);
    return EXIT_USAGE;
  }
  const read = readSpecs(options.specs);
  if (hasErrors(read.diagnostics)) {
    reporter.diagnostics(read.diagnostics.filter((d) => d.severity === 'error'));
    return EXIT_USAGE;
  }
  const rendered = await renderModels(read.modelSet, options.runs, options.templates);
  if (hasErrors(rendered.diagnostics)) {
    reporter.diagnostics(rendered.diagnostics);
    return EXIT_USAGE;
  }
  return { options, rendered };
}
