/**
 * The stages, in order: load → validate → normalize → render → format. Only
 * `write` (in src/write) touches the output folder; everything here returns
 * data, so commands and tests share one path.
 */
import * as path from 'node:path';
import { Diagnostic, diagnostic, DiagnosticBag, hasErrors } from './diagnostics/diagnostic';
import { ModelSet } from './ir/model';
import { findSpecFiles, readSpecSources, SpecSource } from './load/load-specs';
import { optimiseFor } from './optimizer';
import { parseSpec } from './load/parse-spec';
import { AreaOverrides, checkOverrides } from './docs/normalize/area';
import { normalize } from './docs/normalize/normalize';
import { checkRenderedPaths } from './render/conflicts';
import { RenderedFile, Target, TargetError, TargetOptions } from './targets/target';
import { TemplateReads, TemplateUnusable } from './render/template-files';
import { isTargetFile } from './write/ownership';
import { NO_METER, StageMeter } from './stage-meter';
import { relieveMemory } from './memory';
import { reach, REACH } from './code-reach';
import { validateSpec } from './docs/validate/validate';
import { RawSpec } from './docs/validate/raw-spec';
import { isOpenApiSource } from './openapi/document';
import { NameOverrides } from './openapi/name-overrides';
import { readOpenApi } from './openapi/read-openapi';

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

/**
 * What a run remembers between runs (the input-hash cache implements it).
 * Each answer is only a shortcut to what the stage would compute anyway.
 */
export interface SpecMemo {
  /** The validated spec this path and text gave before, if any. */
  recall(source: SpecSource): RawSpec | undefined;
  remember(source: SpecSource, spec: RawSpec): void;
}

export interface FormatMemo {
  /** The formatted text of this unformatted file, when the output folder still holds exactly what it gave before. */
  recall(file: RenderedFile): string | undefined;
  remember(unformatted: RenderedFile, formatted: RenderedFile): void;
}

/** load, validate and normalize: specs in, IR and every finding out. `nameOf` names a spec file relative to the project root. */
export function readSpecs(specArgs: readonly string[], nameOf?: (file: string) => string, areas?: AreaOverrides, names?: NameOverrides): ReadResult {
  const bag = new DiagnosticBag();
  const sources = readSpecSources(findSpecFiles(specArgs, bag), bag, nameOf);
  optimiseFor(sources);
  return readSources(sources, bag, undefined, NO_METER, areas, names);
}

/**
 * load, validate and normalize specs already read: docs pages through
 * src/docs, OpenAPI documents through src/openapi, into one IR. Each docs
 * page is parsed and validated in turn, so only one YAML document is alive
 * at a time. OpenAPI documents are not memoised: one `$ref` can make a
 * document's models depend on another's, so they are read afresh each run.
 */
export function readSources(sources: readonly SpecSource[], bag = new DiagnosticBag(), memo?: SpecMemo, meter = NO_METER, areas: AreaOverrides = new Map(), names?: NameOverrides): ReadResult {
  const openapi = sources.filter((s) => isOpenApiSource(s.path, s.text));
  const pages = sources.filter((s) => !openapi.includes(s));
  const raw: RawSpec[] = [];
  pages.forEach((source, i) => {
    const spec = memo?.recall(source) ?? meter.time('validate', () => readSource(source, bag, memo));
    if (spec) raw.push(spec);
    meter.progress('validating specs', i + 1, pages.length);
    relieveMemory();
  });
  if (bag.hasErrors) return { modelSet: { models: [], unions: [], enums: [] }, diagnostics: bag.all };
  const docs = meter.time('normalize', () => normalize(raw, areas));
  bag.push(...docs.diagnostics);
  const fromOpenApi = meter.time('normalize', () => readOpenApi(openapi, { areas, names, docsIds: docs.modelSet.models.map((m) => m.id) }, bag));
  const modelSet: ModelSet = {
    models: [...docs.modelSet.models, ...fromOpenApi.models],
    unions: [...docs.modelSet.unions, ...fromOpenApi.unions],
    enums: [...docs.modelSet.enums, ...fromOpenApi.enums],
  };
  const ids = [...modelSet.models, ...modelSet.unions, ...modelSet.enums].map((m) => m.id);
  checkOverrides(areas, new Set(ids), new Set(sources.map((s) => s.name)), bag);
  return { modelSet, diagnostics: bag.all };
}

function readSource(source: SpecSource, bag: DiagnosticBag, memo: SpecMemo | undefined): RawSpec | undefined {
  const local = new DiagnosticBag();
  const loaded = parseSpec(source.path, source.text, local, source.name);
  const spec = loaded && validateSpec(loaded, local);
  bag.push(...local.all);
  // Only a spec without findings is remembered: recalling it must not lose one.
  if (spec && local.all.length === 0) memo?.remember(source, spec);
  return spec;
}

export interface RenderResult {
  readonly files: readonly RenderedFile[];
  /** The files of each target that ran, by target name (for the manifest). */
  readonly byTarget: ReadonlyMap<string, readonly string[]>;
  /** Per target name, the options that fell back to a neutral default (`targets.java.package`). */
  readonly neutralDefaults: ReadonlyMap<string, readonly string[]>;
  readonly diagnostics: readonly Diagnostic[];
}

/** render and format: the IR in, every output file's final text out. */
export async function renderModels(modelSet: ModelSet, runs: readonly TargetRun[], templatesDir?: string, memo?: FormatMemo, meter = NO_METER, outDir?: string, reads?: TemplateReads): Promise<RenderResult> {
  reach(REACH.render);
  // Loaded here: a run whose every target is answered by the cache never needs Handlebars.
  const { TemplateEngine, TemplateError } = await import('./render/template-engine');
  const templates = new TemplateEngine(templatesDir, undefined, undefined, reads);
  const bag = new DiagnosticBag();
  const files: RenderedFile[] = [];
  const byTarget = new Map<string, string[]>();
  const neutralDefaults = new Map<string, string[]>();
  for (const [i, run] of runs.entries()) {
    meter.progress('rendering targets', i + 1, runs.length, run.target.name);
    reach(REACH.target(run.target.name));
    let rendered: RenderedFile[];
    const neutral = new Set<string>();
    try {
      rendered = meter.time('render', () => run.target.render({ models: modelSet.models, unions: modelSet.unions, enums: modelSet.enums, options: run.options, dir: run.dir, neutralDefault: (option) => neutral.add(option) }, templates));
    } catch (error) {
      if (error instanceof TargetError) bag.push(error.diagnostic);
      else if (error instanceof TemplateError) bag.add('templateError', `template error: ${error.message}`, { file: error.file, line: error.line, column: error.column });
      else if (error instanceof TemplateUnusable) bag.add('templateUnusable', error.message, { file: error.file, line: 1, column: 1 });
      else throw error;
      continue;
    }
    if (run.target.format) rendered = await meter.timeAsync('format', () => formatFiles(run, rendered, memo, meter, outDir));
    bag.push(...headerProblems(run.target, rendered));
    relieveMemory();
    files.push(...rendered);
    byTarget.set(run.target.name, rendered.map((f) => f.path));
    neutralDefaults.set(run.target.name, [...neutral].sort());
  }
  return { files, byTarget, neutralDefaults, diagnostics: [...bag.all, ...checkRenderedPaths(files)] };
}

/**
 * Every file must begin with its target's header: modelgen recognises its
 * own files by it, and a file without it could never be updated or deleted
 * by the next run. Only a template override can leave it out.
 */
function headerProblems(target: Target, files: readonly RenderedFile[]): Diagnostic[] {
  return files
    .filter((f) => !isTargetFile(target, f.contents))
    .map((f) => diagnostic('headerMissing', `${f.path} would not begin with modelgen's header for ${target.name}; its template must start with \`{{header}}\``));
}

/** Files handed to a formatter at once: enough to amortise a call, few enough that thousands of syntax trees are never alive together. */
const FORMAT_BATCH = 50;

/** Formats the files the memo cannot answer for; the formatter is not even loaded when it answers for all. */
async function formatFiles(run: TargetRun, files: readonly RenderedFile[], memo: FormatMemo | undefined, meter: StageMeter, outDir: string | undefined): Promise<RenderedFile[]> {
  const target = run.target;
  // The memo knows a file by its unformatted text; prefixing the formatter's config makes an edited config a miss.
  const salt = memo !== undefined && outDir !== undefined && target.formatInputs ? target.formatInputs(path.resolve(outDir, run.dir)) : '';
  const salted = (f: RenderedFile) => (salt === '' ? f : { ...f, contents: `${salt}\n${f.contents}` });
  const recalled = files.map((f) => memo?.recall(salted(f)));
  const pending = files.filter((_, i) => recalled[i] === undefined);
  const formatted: RenderedFile[] = [];
  for (let i = 0; i < pending.length && target.format; i += FORMAT_BATCH) {
    formatted.push(...(await target.format(pending.slice(i, i + FORMAT_BATCH), outDir)));
    meter.progress('formatting files', formatted.length, pending.length, target.name);
    relieveMemory();
  }
  pending.forEach((f, i) => memo?.remember(salted(f), formatted[i]));
  let next = 0;
  return files.map((f, i) => (recalled[i] === undefined ? formatted[next++] : { ...f, contents: recalled[i] as string }));
}

export { hasErrors };
