/**
 * Python: an importable package of one module per model (a frozen dataclass
 * with `from_dict`/`to_dict`), `_types.py` (the UNSET marker of an absent
 * key, the converters of nested models and strict reading's check and
 * error), its `__init__.py` exporting the models, UNSET and the error, and
 * an `__init__.py` in every parent package so the output folder is an
 * import root.
 */
import { HeaderOrigin, headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { modelRefs, PythonModel } from './imports';
import { moduleName, TYPES_MODULE, validatePackage } from './naming';
import { buildInitView, buildModelView } from './view-model';

const DEFAULT_PACKAGE = 'workos.directory_sync';

const header = (origin: HeaderOrigin) => `# ${headerText(origin)}`;

export const pythonTarget: Target = {
  name: 'python',
  header,
  language: 'python',
  options: [
    {
      key: 'package',
      description: 'dotted Python package the models are generated in (folders under the output folder)',
      default: DEFAULT_PACKAGE,
      validate: validatePackage,
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const pkg = input.options.package ?? DEFAULT_PACKAGE;
    const problem = validatePackage(pkg);
    if (problem) throw new Error(`internal error: unvalidated python package option: ${problem}`);
    const packageDir = `${input.dir}/${pkg.split('.').join('/')}`;
    const models: PythonModel[] = input.models.flatMap((model) => {
      const binding = model.bindings.find((b) => b.language === 'python');
      return binding ? [{ model, binding }] : [];
    });
    if (models.length === 0) return [];
    const refs = modelRefs(models);
    const files: RenderedFile[] = [];
    const exports = ['UNSET', 'Unset', 'ModelValidationError'].map((name) => ({ module: TYPES_MODULE, name }));
    for (const { model, binding } of models) {
      const module = moduleName(model.id);
      const view = buildModelView(model, binding, header({ spec: model.source.name }), refs.get(model.id) ?? new Map());
      exports.push({ module, name: view.name });
      files.push({ path: `${packageDir}/${module}.py`, contents: templates.render('python', 'model.py.hbs', view), specs: [model.source.name] });
    }
    const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
    const shared = (name: string, contents: string): RenderedFile => ({ path: `${packageDir}/${name}`, contents, specs });
    return [
      ...files,
      shared(`${TYPES_MODULE}.py`, templates.render('python', 'types.py.hbs', { header: header({ shared: `the helpers of package ${pkg} (UNSET, converters)` }) })),
      shared('__init__.py', templates.render('python', '__init__.py.hbs', buildInitView(header({ shared: `the exports of package ${pkg}` }), exports))),
      ...parentInits(input.dir, pkg, templates, specs),
    ];
  },
};

/** `workos/__init__.py` for package `workos.directory_sync`: holds nothing but the header. */
function parentInits(dir: string, pkg: string, templates: TemplateEngine, specs: readonly string[]): RenderedFile[] {
  const parts = pkg.split('.');
  return parts.slice(0, -1).map((_, i) => {
    const parent = parts.slice(0, i + 1).join('.');
    const contents = templates.render('python', 'parent__init__.py.hbs', { header: header({ shared: `package ${parent}, a parent of ${pkg}` }) });
    return { path: `${dir}/${parts.slice(0, i + 1).join('/')}/__init__.py`, contents, specs };
  });
}
