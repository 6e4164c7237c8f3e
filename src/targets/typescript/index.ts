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
import { documentedTypeNames } from './types';
import { buildModelView, EnumOwners, ModuleLayout, moduleName, RUNTIME_MODULE } from './view-model';

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
  ],
  header,
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const owners: EnumOwners = new Map();
    const files: RenderedFile[] = [];
    const documented = documentedTypeNames(input.models);
    const layout = moduleLayout(input);
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'js');
      if (!binding) continue;
      const view = buildModelView(model, binding, header({ spec: model.source.name }), owners, documented, layout);
      files.push({ path: `${input.dir}/${layout.pathOf(model.id)}.ts`, contents: templates.render('typescript', 'model.ts.hbs', view), specs: [model.source.name] });
    }
    if (files.length === 0) return files;
    const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
    const modules = files.map((f) => f.path.slice(input.dir.length + 1, -'.ts'.length)).sort();
    const index = templates.render('typescript', 'index.ts.hbs', { header: header({ shared: 'the index of the TypeScript models' }), runtime: RUNTIME_MODULE, modules, importExtension: layout.importExtension });
    const runtime = templates.render('typescript', 'runtime.ts.hbs', { header: header({ shared: 'the runtime helpers of the TypeScript models' }) });
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

function moduleLayout(input: TargetInput): ModuleLayout {
  const folderOf = new Map(input.models.map((m) => [m.id, withArea(input.options.folder ?? '', modelArea(m), AREA_CASES.kebab)]));
  const byId = new Map(input.models.map((m) => [m.id, m]));
  return {
    pathOf: (id) => [folderOf.get(id) ?? '', moduleName(byId.get(id) ?? { id })].filter((p) => p !== '').join('/'),
    importExtension: input.options.importExtension ?? '',
  };
}
