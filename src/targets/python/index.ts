/**
 * Python: an importable package per area of one module per model (a frozen
 * dataclass with `from_dict`/`to_dict`), `_types.py` (the UNSET marker of an
 * absent optional nullable field, and the converters of nested models) and
 * its `__init__.py` exporting both. Only those leaf packages are generated:
 * parent packages belong to the user (a hand-written `acme/__init__.py`) or
 * are namespace packages, so modelgen never writes their `__init__.py`.
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { Binding } from '../../ir/model';
import { HeaderOrigin, headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { PlaceRule, placeFor } from '../area-refs';
import { modelRefs, PythonModel } from './imports';
import { moduleName, TYPES_MODULE, validatePackage } from './naming';
import { buildInitView, buildModelView } from './view-model';

/** Where the docs name no Python package: no vendor in it, one package per area. */
export const NEUTRAL_PACKAGE = 'models.{area}';

const header = (origin: HeaderOrigin) => `# ${headerText(origin)}`;

const PACKAGE_RULE: PlaceRule = { target: 'python', option: 'package', neutral: NEUTRAL_PACKAGE, casing: AREA_CASES.snake, problem: validatePackage };

export const pythonTarget: Target = {
  name: 'python',
  header,
  language: 'python',
  options: [
    {
      key: 'package',
      description: `dotted Python package the models are generated in (folders under the output folder); \`{area}\` is the area (\`acme.{area}\` → \`acme.directory_sync\`); empty: \`${NEUTRAL_PACKAGE}\``,
      default: '',
      validate: areaAware(validatePackage, AREA_CASES.snake),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const models: PythonModel[] = input.models.flatMap((model) => {
      const binding = model.bindings.find((b): b is Binding => b.language === 'python');
      return binding ? [{ model, binding, pkg: placeFor(PACKAGE_RULE, input.options.package, model, binding, input.neutralDefault ?? (() => undefined)) }] : [];
    });
    const refs = modelRefs(models);
    const packages = [...new Set(models.map((m) => m.pkg))];
    return packages.flatMap((pkg) => renderPackage(input.dir, pkg, models.filter((m) => m.pkg === pkg), refs, templates));
  },
};

function renderPackage(dir: string, pkg: string, models: readonly PythonModel[], refs: ReturnType<typeof modelRefs>, templates: TemplateEngine): RenderedFile[] {
  const packageDir = `${dir}/${pkg.split('.').join('/')}`;
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
  ];
}
