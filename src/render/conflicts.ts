import { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic';
import { RenderedFile } from '../targets/target';

/** Two files of a run, of any targets, may not share a path. */
export function findConflicts(files: readonly RenderedFile[]): Diagnostic[] {
  const bag = new DiagnosticBag();
  const seen = new Map<string, string>();
  for (const file of files) {
    if (seen.has(file.path)) bag.add('outputConflict', `two models render to ${file.path} (from ${seen.get(file.path)} and ${file.specs.join(', ')})`);
    seen.set(file.path, file.specs.join(', '));
  }
  return [...bag.all];
}
