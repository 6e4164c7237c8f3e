/**
 * The stages, in order: load → validate → normalize → render → format. Only
 * `write` (in src/write) touches the output folder; everything here returns
 * data, so commands and tests share one path.
 */
import { Diagnostic, DiagnosticBag, hasErrors } from './diagnostics/diagnostic';
import { ModelSet } from './ir/model';
import { findSpecFiles, loadSpecs } from './load/load-specs';
import { normalize } from './normalize/normalize';
import { TemplateEngine, TemplateError } from './render/template-engine';
import { RenderedFile, Target, TargetError, TargetOptions } from './targets/target';
import { validateSpec } from './validate/validate';
import { pathTextProblem } from './write/safe-path';
import { printable } from './diagnostics/printable';
import { RawSpec } from './validate/raw-spec';

export interface TargetRun {
  readonly target: Target;
  readonly options: TargetOptions;
  /** Output folder under --out. */
  readonly dir: string;
}

export interface ReadResult {
  readonly modelSet: ModelSet;
  readonly diagnostics: readonly Diagnostic[];
}

/** load, validate and normalize: specs in, IR and every finding out. */
export function readSpecs(specArgs: readonly string[]): ReadResult {
  const bag = new DiagnosticBag();
  const loaded = loadSpecs(findSpecFiles(specArgs, bag), bag);
  const raw = loaded.map((spec) => validateSpec(spec, bag)).filter((s): s is RawSpec => s !== undefined);
  if (bag.hasErrors) return { modelSet: { models: [] }, diagnostics: bag.all };
  const { modelSet, diagnostics } = normalize(raw);
  return { modelSet, diagnostics: [...bag.all, ...diagnostics] };
}

export interface RenderResult {
  readonly files: readonly RenderedFile[];
  /** The files of each target that ran, by target name (for the manifest). */
  readonly byTarget: ReadonlyMap<string, readonly string[]>;
  readonly diagnostics: readonly Diagnostic[];
}

/** render and format: the IR in, every output file's final text out. */
export async function renderModels(modelSet: ModelSet, runs: readonly TargetRun[], templatesDir?: string): Promise<RenderResult> {
  const templates = new TemplateEngine(templatesDir);
  const bag = new DiagnosticBag();
  const files: RenderedFile[] = [];
  const byTarget = new Map<string, string[]>();
  for (const run of runs) {
    let rendered: RenderedFile[];
    try {
      rendered = run.target.render({ models: modelSet.models, options: run.options, dir: run.dir }, templates);
    } catch (error) {
      if (error instanceof TargetError) bag.push(error.diagnostic);
      else if (error instanceof TemplateError) bag.add('templateError', `template error: ${error.message}`, { file: error.file, line: error.line, column: error.column });
      else throw error;
      continue;
    }
    if (run.target.format) rendered = await run.target.format(rendered);
    files.push(...rendered);
    byTarget.set(run.target.name, rendered.map((f) => f.path));
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const unsafe = pathTextProblem(file.path);
    if (unsafe) bag.add('unsafePath', `refusing to write ${printable(file.path)} (from ${file.specs.join(', ')}): ${unsafe}`);
    if (seen.has(file.path)) bag.add('outputConflict', `two models render to ${file.path} (from ${seen.get(file.path)} and ${file.specs.join(', ')})`);
    seen.set(file.path, file.specs.join(', '));
  }
  return { files, byTarget, diagnostics: bag.all };
}

export { hasErrors };
