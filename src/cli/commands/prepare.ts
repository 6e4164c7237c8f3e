/**
 * The part every rendering command shares: options, specs, IR, rendered
 * files. The input-hash cache answers for every target whose inputs did not
 * change; the specs are parsed and the other targets rendered only when some
 * target needs it.
 */
import * as path from 'node:path';
import { InputCache, targetKey } from '../../cache/input-cache';
import { optimiseFor } from '../../optimizer';
import { Diagnostic, diagnostic, DiagnosticBag, hasErrors } from '../../diagnostics/diagnostic';
import { TemplateReads, TemplateUnusable } from '../../render/template-files';
import { findSpecFiles, readSpecSources, SpecSource } from '../../load/load-specs';
import type { RenderResult, TargetRun } from '../../pipeline';
import { NO_METER, StageMeter } from '../../stage-meter';
import { checkRenderedPaths } from '../../render/conflicts';
import { RenderedFile } from '../../targets/target';
import { CommonFlags, resolveRunOptions, RunOptions } from '../run-options';

export interface CacheFlags {
  /** `--no-cache`: neither read nor write the input-hash cache. */
  readonly cache?: boolean;
}

export type Prepared =
  | { readonly ok: true; readonly options: RunOptions; readonly rendered: RenderResult; readonly cache: InputCache; readonly cacheSummary: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const failed = (diagnostics: readonly Diagnostic[]): Prepared => ({ ok: false, diagnostics: diagnostics.filter((d) => d.severity === 'error') });

/** Renders every file in memory, or returns the errors that stopped it (nothing is written either way). */
/** `learns`: whether the command saves the cache afterwards (`generate`), so the run records what it learns for it. */
export async function prepare(flags: CommonFlags & CacheFlags, cwd = process.cwd(), meter: StageMeter = NO_METER, learns = true): Promise<Prepared> {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, cwd, bag);
  if (bag.hasErrors) return failed(bag.all);
  const sources = meter.time('load', () => readSpecSources(findSpecFiles(options.specs, bag), bag, options.nameOf));
  if (bag.hasErrors) return failed(bag.all);
  optimiseFor(sources);
  const cache = flags.cache === false ? InputCache.empty(options.out) : InputCache.read(options.out, path.resolve(cwd, options.cacheDir), learns);
  cache.useSources(sources);
  const reads = new TemplateReads();
  const keys = targetKeys(options, sources, reads, cache);
  if (!Array.isArray(keys)) return failed([keys]);
  const reused = options.runs.map((run, i) => cache.reuse(run.target.name, keys[i]));
  const stale = options.runs.filter((_, i) => !reused[i]);
  const fresh = stale.length > 0 ? await renderStale(sources, stale, options, cache, meter, reads) : undefined;
  if (fresh && hasErrors(fresh.diagnostics)) return failed(fresh.diagnostics);
  const renderedByPath = new Map(fresh?.files.map((f) => [f.path, f]));
  const files: RenderedFile[] = [];
  const byTarget = new Map<string, readonly string[]>();
  const neutralDefaults = new Map<string, readonly string[]>();
  options.runs.forEach((run, i) => {
    // A fresh render without errors has no two files on one path, so its files are found by path.
    const own = reused[i] ?? (fresh?.byTarget.get(run.target.name) ?? []).map((p) => renderedByPath.get(p) as RenderedFile);
    const key = keys[i];
    if (!reused[i] && key !== undefined) cache.record(run.target.name, key, own, fresh?.neutralDefaults.get(run.target.name));
    files.push(...own);
    byTarget.set(run.target.name, own.map((f) => f.path));
    // A rendered target says what its render fell back to; a reused one what the cache remembers of it.
    neutralDefaults.set(run.target.name, reused[i] ? cache.neutralDefaults(run.target.name) : (fresh?.neutralDefaults.get(run.target.name) ?? []));
  });
  const conflicts = checkRenderedPaths(files);
  if (conflicts.length > 0) return failed(conflicts);
  const names = (runs: readonly TargetRun[]) => runs.map((r) => r.target.name).join(', ');
  const reusedRuns = options.runs.filter((_, i) => reused[i]);
  const cacheSummary = `cache: ${[reusedRuns.length ? `reused ${names(reusedRuns)}` : '', stale.length ? `rendered ${names(stale)}` : ''].filter(Boolean).join('; ')}`;
  return { ok: true, options, rendered: { files, byTarget, neutralDefaults, diagnostics: [] }, cache, cacheSummary };
}

/**
 * One line naming every option that fell back to a neutral default (the
 * specs name no package there), or none: the output works, but its names are
 * placeholders the user will want to choose.
 */
export function neutralDefaultsNote(neutral: ReadonlyMap<string, readonly string[]>): string | undefined {
  const options = [...neutral.values()].flat();
  if (options.length === 0) return undefined;
  return `note: the specs name no package for ${options.length === 1 ? 'this option' : 'these options'}, so neutral defaults were used; set ${options.join(', ')} in modelgen.config.yaml`;
}

/**
 * Each target run's cache key, or the diagnostic of a template that cannot
 * be read. A key the cache has no use for (nothing to compare it with, and
 * the run saves nothing) is not computed: hashing every spec and template
 * is most of what a `--no-cache` run or a first `check` would spend on it.
 */
function targetKeys(options: RunOptions, sources: readonly SpecSource[], reads: TemplateReads, cache: InputCache): (string | undefined)[] | Diagnostic {
  try {
    return options.runs.map((run) => (cache.usesKey(run.target.name) ? targetKey(run, sources, options.templates, options.areas, options.out, options.names, reads) : undefined));
  } catch (error) {
    if (error instanceof TemplateUnusable) return diagnostic('templateUnusable', error.message, { file: error.file, line: 1, column: 1 });
    throw error;
  }
}

/**
 * Reads and renders. It takes the sources out of `sources` (the caller's
 * array is left empty): the spec texts, 10 MB at N = 1,000, are garbage once
 * read, instead of staying alive through rendering.
 */
async function renderStale(sources: SpecSource[], runs: readonly TargetRun[], options: RunOptions, cache: InputCache, meter: StageMeter, reads: TemplateReads): Promise<RenderResult> {
  // Loaded here: when the cache answers for every target, validation, normalisation and rendering are never needed.
  const { readSources, renderModels } = await import('../../pipeline');
  const read = readSources(sources.splice(0), new DiagnosticBag(), cache.specs, meter, options.areas, options.names);
  if (hasErrors(read.diagnostics)) return { files: [], byTarget: new Map(), neutralDefaults: new Map(), diagnostics: read.diagnostics };
  return renderModels(read.modelSet, runs, options.templates, cache.formatMemo(), meter, options.out, reads);
}
