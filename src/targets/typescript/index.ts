/**
 * TypeScript: one module per model (in a folder per area with `{area}` in
 * `folder`), an `index.ts` re-exporting every module, formatted by Prettier
 * with the repository's own Prettier config when it has one. The shared `_runtime.ts` sits at the top of the
 * folder.
 */
import * as path from 'node:path';
import { AREA_CASES, modelArea, withArea } from '../../ir/area';
import { HeaderOrigin, headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { pathTextProblem } from '../../write/safe-path';
import { prettierConfigInputs } from './prettier-config';
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
    const index = templates.render('typescript', 'index.ts.hbs', { header: header({ shared: 'the index of the TypeScript models' }), runtime: RUNTIME_MODULE, runtimeExports, modules, importExtension: run.layout.importExtension });
    const runtime = templates.render('typescript', 'runtime.ts.hbs', { header: header({ shared: 'the runtime helpers of the TypeScript models' }), unions, dates: run.types.dateTime === 'Date' });
    return [...files, { path: `${input.dir}/${RUNTIME_MODULE}.ts`, contents: runtime, specs }, { path: `${input.dir}/index.ts`, contents: index, specs }];
  },
  async format(files, outDir) {
    // Loaded here so commands that format nothing never pay for Prettier.
    const prettier = await import('prettier');
    return Promise.all(
      files.map(async (f) => {
        const own = outDir === undefined ? null : await prettier.resolveConfig(path.resolve(outDir, f.path), { editorconfig: true });
        return { ...f, contents: await prettier.format(f.contents, { ...(own ?? {}), parser: 'babel-ts', filepath: f.path }) };
      }),
    );
  },
  formatInputs: prettierConfigInputs,
};

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
    const view = buildModelView(model, binding, header({ spec: model.source.name }), owners, run);
    return [{ path: `${input.dir}/${run.layout.pathOf(model.id)}.ts`, contents: templates.render('typescript', 'model.ts.hbs', view), specs: [model.source.name] }];
  });
}

function unionFiles(input: TargetInput, templates: TemplateEngine, run: TsRun): RenderedFile[] {
  const models = new Map(input.models.map((m) => [m.id, m]));
  return (input.unions ?? []).flatMap((union) => {
    const binding = jsBinding(union.bindings);
    if (!binding) return [];
    const view = buildUnionView(union, binding, header({ spec: union.source.name }), models, run);
    return [{ path: `${input.dir}/${run.layout.pathOf(union.id)}.ts`, contents: templates.render('typescript', 'union.ts.hbs', view), specs: [union.source.name] }];
  });
}

function enumFiles(input: TargetInput, templates: TemplateEngine, run: TsRun): RenderedFile[] {
  return (input.enums ?? []).flatMap((model) => {
    const binding = jsBinding(model.bindings);
    if (!binding) return [];
    const view = buildNamedEnumView(model, binding, header({ spec: model.source.name }), run);
    return [{ path: `${input.dir}/${run.layout.pathOf(model.id)}.ts`, contents: templates.render('typescript', 'enum.ts.hbs', view), specs: [model.source.name] }];
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
