/**
 * Python: an importable package per area of one module per model (a frozen
 * dataclass with `from_dict`/`to_dict`), per union (a `typing.Union` alias,
 * its Unknown class and reader) and per named enum (a `str` Enum),
 * `_types.py` (the UNSET marker of an absent optional nullable field, and
 * the converters) and its `__init__.py` exporting them all. Only those leaf
 * packages are generated: parent packages belong to the user (a
 * hand-written `acme/__init__.py`) or are namespace packages, so modelgen
 * never writes their `__init__.py`.
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { Binding, EnumBinding, UnionBinding } from '../../ir/model';
import { HeaderOrigin, headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { PlaceRule, placeFor } from '../area-refs';
import { modelRefs, PythonEnum, PythonModel, PythonUnion } from './imports';
import { className, moduleName, TYPES_MODULE, validatePackage } from './naming';
import { buildInitView, buildModelView } from './view-model';
import { buildUnionView, unionExports } from './union-view';
import { buildEnumView } from './enum-view';
import { buildTypesView } from './types-view';
import { PyTypeOptions } from './types';

/** Where the docs name no Python package: no vendor in it, one package per area. */
export const NEUTRAL_PACKAGE = 'models.{area}';

const header = (origin: HeaderOrigin) => `# ${headerText(origin)}`;

const PACKAGE_RULE: PlaceRule = { target: 'python', option: 'package', neutral: NEUTRAL_PACKAGE, casing: AREA_CASES.snake, problem: validatePackage };

const DATE_TIME_TYPES = ['str', 'datetime'];

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
    {
      key: 'dateTime',
      description: '`datetime`: a `date-time` string is a `datetime.datetime` (written back as the text it was read from); empty or `str`: a `str`',
      default: '',
      validate: (value) => (value === '' || DATE_TIME_TYPES.includes(value) ? undefined : `must be one of ${DATE_TIME_TYPES.map((t) => `\`${t}\``).join(', ')}`),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const neutral = input.neutralDefault ?? (() => undefined);
    const place = (def: Parameters<typeof placeFor>[2], binding: Parameters<typeof placeFor>[3]) => placeFor(PACKAGE_RULE, input.options.package, def, binding, neutral);
    const models: PythonModel[] = input.models.flatMap((model) => {
      const binding = model.bindings.find((b): b is Binding => b.language === 'python');
      return binding ? [{ model, binding, pkg: place(model, binding) }] : [];
    });
    const unions: PythonUnion[] = (input.unions ?? []).flatMap((union) => {
      const binding = union.bindings.find((b): b is UnionBinding => b.language === 'python');
      return binding ? [{ union, binding, pkg: place(union, binding) }] : [];
    });
    const enums: PythonEnum[] = (input.enums ?? []).flatMap((enumModel) => {
      const binding = enumModel.bindings.find((b): b is EnumBinding => b.language === 'python');
      return binding ? [{ enumModel, binding, pkg: place(enumModel, binding) }] : [];
    });
    const all = { models, unions, enums };
    const options: PyTypeOptions = { dateTime: input.options.dateTime === 'datetime' };
    const packages = [...new Set([...models, ...unions, ...enums].map((m) => m.pkg))];
    const inPackage = (pkg: string): PackageContents => ({
      models: models.filter((m) => m.pkg === pkg),
      unions: unions.filter((u) => u.pkg === pkg),
      enums: enums.filter((e) => e.pkg === pkg),
    });
    const refs = modelRefs(all.models, all.unions, all.enums);
    return packages.flatMap((pkg) => renderPackage(input.dir, pkg, inPackage(pkg), refs, options, templates));
  },
};

interface PackageContents {
  readonly models: readonly PythonModel[];
  readonly unions: readonly PythonUnion[];
  readonly enums: readonly PythonEnum[];
}

function renderPackage(dir: string, pkg: string, contents: PackageContents, refs: ReturnType<typeof modelRefs>, options: PyTypeOptions, templates: TemplateEngine): RenderedFile[] {
  const packageDir = `${dir}/${pkg.split('.').join('/')}`;
  const files: RenderedFile[] = [];
  const exports = ['UNSET', 'Unset', 'ModelValidationError'].map((name) => ({ module: TYPES_MODULE, name }));
  const file = (id: string, spec: string, template: string, view: object) => {
    files.push({ path: `${packageDir}/${moduleName(id)}.py`, contents: templates.render('python', template, view), specs: [spec] });
  };
  const taken = new Set([...contents.models.map((m) => className(m.binding.name)), ...contents.enums.map((e) => className(e.binding.name))]);
  for (const { model, binding } of contents.models) {
    const view = buildModelView(model, binding, header({ spec: model.source.name }), refs.get(model.id) ?? new Map(), options);
    exports.push({ module: moduleName(model.id), name: view.name });
    file(model.id, model.source.name, 'model.py.hbs', view);
  }
  for (const { union, binding } of contents.unions) {
    const view = buildUnionView(union, binding, header({ spec: union.source.name }), { refs: refs.get(union.id) ?? new Map(), options, taken });
    exports.push(...unionExports(view).map((name) => ({ module: moduleName(union.id), name })));
    file(union.id, union.source.name, 'union.py.hbs', view);
  }
  for (const { enumModel, binding } of contents.enums) {
    const view = buildEnumView(enumModel, binding, header({ spec: enumModel.source.name }));
    exports.push({ module: moduleName(enumModel.id), name: view.name });
    file(enumModel.id, enumModel.source.name, 'enum.py.hbs', view);
  }
  const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
  const shared = (name: string, text: string): RenderedFile => ({ path: `${packageDir}/${name}`, contents: text, specs });
  const typesView = buildTypesView(header({ shared: `the helpers of package ${pkg} (UNSET, converters)` }), contents, options);
  return [
    ...files,
    shared(`${TYPES_MODULE}.py`, templates.render('python', 'types.py.hbs', typesView)),
    shared('__init__.py', templates.render('python', '__init__.py.hbs', buildInitView(header({ shared: `the exports of package ${pkg}` }), exports))),
  ];
}
