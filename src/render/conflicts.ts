import { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic';
import { printable } from '../diagnostics/printable';
import { RenderedFile } from '../targets/target';
import { pathTextProblem } from '../write/safe-path';

/**
 * Every rendered path must be a safe relative path, and two files of a run,
 * of any targets, may not share one. Checked before anything is compared or
 * written, so `check` refuses them as `generate` does.
 */
export function checkRenderedPaths(files: readonly RenderedFile[]): Diagnostic[] {
  const bag = new DiagnosticBag();
  const seen = new Map<string, string>();
  for (const file of files) {
    const unsafe = pathTextProblem(file.path);
    if (unsafe) bag.add('unsafePath', `refusing to write ${printable(file.path)} (from ${file.specs.join(', ')}): ${unsafe}`);
    if (seen.has(file.path)) bag.add('outputConflict', `two models render to ${file.path} (from ${seen.get(file.path)} and ${file.specs.join(', ')})`);
    seen.set(file.path, file.specs.join(', '));
  }
  return [...bag.all];
}
