/** Runs one spec file's bytes through the real stages, in memory, as `readSpecs` and `renderModels` do. */
import { Diagnostic, DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { decodeSpecText } from '../../src/load/load-specs';
import { parseSpec } from '../../src/load/parse-spec';
import { normalize } from '../../src/docs/normalize/normalize';
import { renderModels, TargetRun } from '../../src/pipeline';
import { validateSpec } from '../../src/docs/validate/validate';

export interface CaseResult {
  readonly diagnostics: readonly Diagnostic[];
  /** Files rendered, when the case got that far without errors. */
  readonly files: number;
  readonly rendered: boolean;
}

const isError = (d: Diagnostic) => d.severity === 'error';

/** `renderSample` is asked only for cases that reach rendering without errors: rendering is the slow part. */
export async function runCase(path: string, bytes: Buffer, renderSample: () => readonly TargetRun[] | undefined): Promise<CaseResult> {
  const bag = new DiagnosticBag();
  const text = decodeSpecText(path, bytes, bag);
  const loaded = text === undefined ? undefined : parseSpec(path, text, bag);
  const raw = loaded ? validateSpec(loaded, bag) : undefined;
  if (!raw || bag.hasErrors) return { diagnostics: bag.all, files: 0, rendered: false };
  const normalized = normalize([raw]);
  const diagnostics = [...bag.all, ...normalized.diagnostics];
  const runs = diagnostics.some(isError) ? undefined : renderSample();
  if (!runs) return { diagnostics, files: 0, rendered: false };
  const rendered = await renderModels(normalized.modelSet, runs);
  return { diagnostics: [...diagnostics, ...rendered.diagnostics], files: rendered.files.length, rendered: true };
}
