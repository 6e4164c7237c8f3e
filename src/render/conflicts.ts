import { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic';
import { printable } from '../diagnostics/printable';
import { RenderedFile } from '../targets/target';
import { pathTextProblem } from '../write/safe-path';

/**
 * Every rendered path must be a safe relative path, and two files of a run,
 * of any targets, may not share one. Paths are compared case-insensitively,
 * on every platform: `Widget.java` and `widget.java` are one file on the
 * default file systems of macOS and Windows, where the SDK will be checked
 * out. Checked before anything is compared or written, so `check` refuses
 * them as `generate` does.
 */
export function checkRenderedPaths(files: readonly RenderedFile[]): Diagnostic[] {
  const bag = new DiagnosticBag();
  const seen = new Map<string, RenderedFile>();
  for (const file of files) {
    const unsafe = pathTextProblem(file.path);
    if (unsafe) bag.add('unsafePath', `refusing to write ${printable(file.path)} (from ${file.specs.join(', ')}): ${unsafe}`);
    const key = foldCase(file.path);
    const earlier = seen.get(key);
    if (earlier?.path === file.path) bag.add('outputConflict', `two models render to ${file.path} (from ${earlier.specs.join(', ')} and ${file.specs.join(', ')})`);
    else if (earlier) bag.add('outputConflict', `${earlier.path} (from ${earlier.specs.join(', ')}) and ${file.path} (from ${file.specs.join(', ')}) differ only in case: one file on macOS and Windows`);
    else seen.set(key, file);
  }
  return [...bag.all];
}

/** Near enough to how APFS and NTFS compare names: one Unicode normal form, one case. */
function foldCase(file: string): string {
  return file.normalize('NFC').toLowerCase();
}
