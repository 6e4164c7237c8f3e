/** TypeScript: one module per model, the shared `_runtime.ts`, an `index.ts`, formatted by Prettier. */
import { HeaderOrigin, headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { documentedTypeNames } from './types';
import { buildModelView, EnumOwners, moduleName, RUNTIME_MODULE } from './view-model';

const header = (origin: HeaderOrigin) => `// ${headerText(origin)}`;

export const typescriptTarget: Target = {
  name: 'typescript',
  language: 'js',
  options: [],
  header,
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const owners: EnumOwners = new Map();
    const files: RenderedFile[] = [];
    const documented = documentedTypeNames(input.models);
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'js');
      if (!binding) continue;
      const view = buildModelView(model, binding, header({ spec: model.source.name }), owners, documented);
      files.push({ path: `${input.dir}/${moduleName(model)}.ts`, contents: templates.render('typescript', 'model.ts.hbs', view), specs: [model.source.name] });
    }
    if (files.length === 0) return files;
    const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
    const modules = files.map((f) => f.path.slice(input.dir.length + 1, -'.ts'.length)).sort();
    const index = templates.render('typescript', 'index.ts.hbs', { header: header({ shared: 'the index of the TypeScript models' }), runtime: RUNTIME_MODULE, modules });
    const runtime = templates.render('typescript', 'runtime.ts.hbs', { header: header({ shared: 'the runtime helpers of the TypeScript models' }) });
    return [...files, { path: `${input.dir}/${RUNTIME_MODULE}.ts`, contents: runtime, specs }, { path: `${input.dir}/index.ts`, contents: index, specs }];
  },
  async format(files) {
    // Loaded here so commands that format nothing never pay for Prettier.
    const prettier = await import('prettier');
    return Promise.all(files.map(async (f) => ({ ...f, contents: await prettier.format(f.contents, { parser: 'babel-ts', filepath: f.path }) })));
  },
};
