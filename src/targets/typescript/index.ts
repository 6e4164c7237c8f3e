/** TypeScript: one module per model, an `index.ts`, formatted by Prettier. */
import { headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { documentedTypeNames } from './types';
import { buildModelView, EnumOwners, moduleName } from './view-model';

export const typescriptTarget: Target = {
  name: 'typescript',
  language: 'js',
  options: [],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const owners: EnumOwners = new Map();
    const files: RenderedFile[] = [];
    const documented = documentedTypeNames(input.models);
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'js');
      if (!binding) continue;
      const view = buildModelView(model, binding, `// ${headerText({ spec: model.source.name })}`, owners, documented);
      files.push({ path: `${input.dir}/${moduleName(model)}.ts`, contents: templates.render('typescript', 'model.ts.hbs', view), specs: [model.source.name] });
    }
    if (files.length === 0) return files;
    const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
    const modules = files.map((f) => f.path.slice(input.dir.length + 1, -'.ts'.length)).sort();
    const index = templates.render('typescript', 'index.ts.hbs', { header: `// ${headerText({ shared: 'the index of the TypeScript models' })}`, modules });
    return [...files, { path: `${input.dir}/index.ts`, contents: index, specs }];
  },
  async format(files) {
    // Loaded here so commands that format nothing never pay for Prettier.
    const prettier = await import('prettier');
    return Promise.all(files.map(async (f) => ({ ...f, contents: await prettier.format(f.contents, { parser: 'babel-ts', filepath: f.path }) })));
  },
};
