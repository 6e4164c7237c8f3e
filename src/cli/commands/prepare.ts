/** The part every rendering command shares: options, specs, IR, rendered files. */
import { Diagnostic, DiagnosticBag, hasErrors } from '../../diagnostics/diagnostic';
import { readSpecs, renderModels, RenderResult } from '../../pipeline';
import { CommonFlags, resolveRunOptions, RunOptions } from '../run-options';

export type Prepared =
  | { readonly ok: true; readonly options: RunOptions; readonly rendered: RenderResult }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Renders every file in memory, or returns the errors that stopped it (nothing is written either way). */
export async function prepare(flags: CommonFlags, cwd = process.cwd()): Promise<Prepared> {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, cwd, bag);
  if (bag.hasErrors) return { ok: false, diagnostics: bag.all };
  const read = readSpecs(options.specs);
  if (hasErrors(read.diagnostics)) return { ok: false, diagnostics: read.diagnostics.filter((d) => d.severity === 'error') };
  const rendered = await renderModels(read.modelSet, options.runs, options.templates);
  if (hasErrors(rendered.diagnostics)) return { ok: false, diagnostics: rendered.diagnostics };
  return { ok: true, options, rendered };
}
