/**
 * TypeScript: one module per model (in a folder per area with `{area}` in
 * `folder`), an `index.ts` re-exporting every module. The shared
 * `_runtime.ts` sits at the top of the folder. Modules are rendered as
 * Prettier lays them out (layout.ts), so Prettier runs only on a module
 * that layout could not finish, when a template is overridden, or when
 * the repository has its own Prettier config.
 */
import * as path from 'node:path';
import { AREA_CASES, modelArea, withArea } from '../../ir/area';
import { HeaderOrigin, headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { pathTextProblem } from '../../write/safe-path';
import { hasOwnPrettierConfig, prettierConfigInputs } from './prettier-config';
import { Layout } from './layout';
import { DATE_TIME_TYPES, DateTimeType, documentedTypeNames } from './types';
import { buildNamedEnumView, buildUnionView } from './union-view';
import { buildModelView, EnumOwners, ModuleLayout, moduleName, RUNTIME_MODULE, TsRun } from './view-model';

const IMPORT_EXTENSIONS = ['', '.js'];
const header = (origin: HeaderOrigin) => `// ${headerText(origin)}`;

export const typescriptTarget: Target = {
  name: 'typescript',
  language: 'js',
  options: [
    {
      key: 'folder',
      description: 'folder of the model modules under the output folder; `{area}` is the area (`directory-sync`); empty: all in the output folder',
      default: '',
      validate: (value) => (pathTextProblem(withArea(value, { words: ['sample'], from: 'default' }, AREA_CASES.kebab)) === undefined ? undefined : 'must be a relative folder without `.`, `..` or `\\` segments'),
    },
    {
      key: 'importExtension',
      description: 'extension of relative imports: `""`, or `".js"` for a package with `"type": "module"` compiled with `--module nodenext`',
      default: '',
      validate: (value) => (IMPORT_EXTENSIONS.includes(value) ? undefined : 'must be "" or ".js"'),
    },
    {
      key: 'dateTime',
      description: 'the SDK type of a `date-time` string: `string`, or `Date` (read with `new Date`, written back as the exact text read unless the Date changed, else `toISOString()`)',
      default: 'string',
      validate: (value) => (DATE_TIME_TYPES.includes(value as DateTimeType) ? undefined : 'must be "string" or "Date"'),
    },
  ],
  header,
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const run = tsRun(input);
    const files = [...modelFiles(input, templates, run), ...unionFiles(input, templates, run), ...enumFiles(input, templates, run)];
    if (files.length === 0) return files;
    const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
    const modules = files.map((f) => f.path.slice(input.dir.length + 1, -'.ts'.length)).sort();
    const unions = (input.unions ?? []).some((u) => u.bindings.some((b) => b.language === 'js'));
    const runtimeExports = unions ? ['ModelValidationError', 'UnknownVariant'] : ['ModelValidationError'];
    const layout = new Layout();
    const runtimeExport = layout.exportDeclaration(runtimeExports, `./${RUNTIME_MODULE}${run.layout.importExtension}`);
    const index = templates.render('typescript', 'index.ts.hbs', { header: header({ shared: 'the index of the TypeScript models' }), runtime: RUNTIME_MODULE, runtimeExports, runtimeExport, modules, importExtension: run.layout.importExtension });
    const runtime = templates.render('typescript', 'runtime.ts.hbs', { header: header({ shared: 'the runtime helpers of the TypeScript models' }), unions, dates: run.types.dateTime === 'Date' });
    const shared = [laidOut(`${input.dir}/${RUNTIME_MODULE}.ts`, runtime, specs, new Layout(), templates), laidOut(`${input.dir}/index.ts`, index, specs, layout, templates)];
    return [...files, ...shared];
  },
  async format(files, outDir) {
    const configured = new Map<string, boolean>();
    const ownConfig = (f: RenderedFile) => {
      if (outDir === undefined) return false;
      const folder = path.dirname(path.resolve(outDir, f.path));
      if (!configured.has(folder)) configured.set(folder, hasOwnPrettierConfig(folder));
      return configured.get(folder) as boolean;
    };
    const pending = files.filter((f) => !f.formatted || ownConfig(f));
    if (pending.length === 0) return [...files];
    // Loaded here so runs whose every file is laid out already never pay for Prettier.
    const prettier = await import('prettier');
    const formatted = new Map(
      await Promise.all(
        pending.map(async (f) => {
          const own = outDir === undefined ? null : await prettier.resolveConfig(path.resolve(outDir, f.path), { editorconfig: true });
          return [f, { ...f, contents: await prettier.format(f.contents, { ...(own ?? {}), parser: 'babel-ts', filepath: f.path }) }] as const;
        }),
      ),
    );
    return files.map((f) => formatted.get(f) ?? f);
  },
  formatInputs: prettierConfigInputs,
};

/** A rendered module, `formatted` when the built-in templates laid it out whole. */
function laidOut(file: string, contents: string, specs: readonly string[], layout: Layout, templates: TemplateEngine): RenderedFile {
  return { path: file, contents, specs, formatted: !templates.overrides('typescript') && !layout.needsFormatter(contents) };
}

function tsRun(input: TargetInput): TsRun {
  const dateTime = (input.options.dateTime ?? 'string') as DateTimeType;
  return { types: { documented: documentedTypeNames(input.models, input.unions, input.enums), dateTime }, layout: moduleLayout(input) };
}

const jsBinding = <B extends { readonly language: string }>(bindings: readonly B[]) => bindings.find((b) => b.language === 'js');

function modelFiles(input: TargetInput, templates: TemplateEngine, run: TsRun): RenderedFile[] {
  const owners: EnumOwners = new Map();
  return input.models.flatMap((model) => {
    const binding = jsBinding(model.bindings);
    if (!binding) return [];
    const layout = new Layout();
    const view = buildModelView(model, binding, header({ spec: model.source.name }), owners, run, layout);
    return [laidOut(`${input.dir}/${run.layout.pathOf(model.id)}.ts`, templates.render('typescript', 'model.ts.hbs', view), [model.source.name], layout, templates)];
  });
}

function unionFiles(input: TargetInput, templates: TemplateEngine, run: TsRun): RenderedFile[] {
  const models = new Map(input.models.map((m) => [m.id, m]));
  return (input.unions ?? []).flatMap((union) => {
    const binding = jsBinding(union.bindings);
    if (!binding) return [];
    const layout = new Layout();
    const view = buildUnionView(union, binding, header({ spec: union.source.name }), models, run, layout);
    return [laidOut(`${input.dir}/${run.layout.pathOf(union.id)}.ts`, templates.render('typescript', 'union.ts.hbs', view), [union.source.name], layout, templates)];
  });
}

function enumFiles(input: TargetInput, templates: TemplateEngine, run: TsRun): RenderedFile[] {
  return (input.enums ?? []).flatMap((model) => {
    const binding = jsBinding(model.bindings);
    if (!binding) return [];
    const layout = new Layout();
    const view = buildNamedEnumView(model, binding, header({ spec: model.source.name }), run, layout);
    return [laidOut(`${input.dir}/${run.layout.pathOf(model.id)}.ts`, templates.render('typescript', 'enum.ts.hbs', view), [model.source.name], layout, templates)];
  });
}

function moduleLayout(input: TargetInput): ModuleLayout {
  const definitions = [...input.models, ...(input.unions ?? []), ...(input.enums ?? [])];
  const folderOf = new Map(definitions.map((m) => [m.id, withArea(input.options.folder ?? '', modelArea(m), AREA_CASES.kebab)]));
  const byId = new Map(definitions.map((m) => [m.id, m]));
  return {
    pathOf: (id) => [folderOf.get(id) ?? '', moduleName(byId.get(id) ?? { id })].filter((p) => p !== '').join('/'),
    importExtension: input.options.importExtension ?? '',
  };
}
