/** Renders specs in memory with the real pipeline and, when asked, writes them to a temporary folder. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { AREA_CASES, modelArea, withArea } from '../../src/ir/area';
import { Model, ModelSet } from '../../src/ir/model';
import { readSpecs, renderModels, TargetRun } from '../../src/pipeline';
import { resolveRunOptions } from '../../src/cli/run-options';
import { parseConfig } from '../../src/config/config';
import { RenderedFile, TargetName } from '../../src/targets/target';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Relative, as a user would pass it: Jest runs from the repository root, and headers name this path. */
export const SEED_SPECS = ['specs'];

export interface Rendered {
  readonly modelSet: ModelSet;
  readonly files: readonly RenderedFile[];
}

/** The run options a user gets with no config and `--lang <lang>`. */
export function defaultRuns(languages: readonly TargetName[], targets: Record<string, Record<string, string>> = {}): readonly TargetRun[] {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions({ lang: [...languages], config: undefined }, fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-cwd-')), bag);
  if (bag.hasErrors) throw new Error(JSON.stringify(bag.all));
  return options.runs.map((r) => ({ ...r, options: { ...r.options, ...(targets[r.target.name] ?? {}) } }));
}

/** The target options of the repository's own config, which generated/ is rendered with: what the target tests expect by default. */
export const SEED_TARGETS: Record<string, Record<string, string>> = (() => {
  const bag = new DiagnosticBag();
  const config = parseConfig('modelgen.config.yaml', fs.readFileSync(path.join(REPO_ROOT, 'modelgen.config.yaml'), 'utf8'), bag);
  if (bag.hasErrors) throw new Error(JSON.stringify(bag.all));
  return Object.fromEntries(Object.entries(config.targets).map(([name, options]) => [name, { ...options }]));
})();

const PLACE_OPTIONS = { java: ['package', AREA_CASES.joined], python: ['package', AREA_CASES.snake], ruby: ['module', AREA_CASES.pascal], dotnet: ['namespace', AREA_CASES.pascal] } as const;

/** A model's package (namespace, module) under the seeds' options: `com.workos.directorysync.models`, `WorkOS.DirectorySync`. */
export function seedPlace(language: keyof typeof PLACE_OPTIONS, model: Model): string {
  const [option, casing] = PLACE_OPTIONS[language];
  return withArea(SEED_TARGETS[language][option], modelArea(model), casing);
}

/** Renders specs with the seeds' target options (`targets` adds to them); an error anywhere throws. */
export async function renderSpecs(languages: readonly TargetName[], specs: readonly string[] = SEED_SPECS, targets: Record<string, Record<string, string>> = {}): Promise<Rendered> {
  const read = readSpecs(specs);
  const errors = read.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`spec errors: ${JSON.stringify(errors, null, 2)}`);
  const options = Object.fromEntries(languages.map((l) => [l, { ...(SEED_TARGETS[l] ?? {}), ...(targets[l] ?? {}) }]));
  const rendered = await renderModels(read.modelSet, defaultRuns(languages, options));
  if (rendered.diagnostics.length > 0) throw new Error(`render errors: ${JSON.stringify(rendered.diagnostics, null, 2)}`);
  return { modelSet: read.modelSet, files: rendered.files };
}

export function writeTemp(files: readonly RenderedFile[], prefix = 'modelgen-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.contents);
  }
  return dir;
}
