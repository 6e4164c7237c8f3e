/**
 * .NET: one C# file per public type in the `namespace` option's namespace
 * (one per area with `{area}`), Newtonsoft.Json, C# 7.2 so Mono's `mcs`
 * compiles it. Every model of a namespace reads and writes through one helper
 * file (`ModelJson.cs`), enums are expandable string enums; a property naming
 * another namespace's model names it from `global::`.
 */
import { AREA_CASES, areaAware, modelArea, withArea } from '../../ir/area';
import { Binding, Model } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { groupByPlace, PlaceRule, placeFor, qualifyModelRefs } from '../area-refs';
import { RenderedFile, Target, TargetInput } from '../target';
import { bare, fileName, helperName, identifier, namespaceProblem } from './naming';
import { buildClassView, buildEnumView, dotnetHeader, EnumUse, enumTypeName, MODEL_JSON, VALIDATION_EXCEPTION } from './view-model';
import { enumsIn } from '../../ir/type-walk';
import { pathTextProblem } from '../../write/safe-path';

/** Where the docs name no C# namespace: no vendor in it, one namespace per area. */
export const NEUTRAL_NAMESPACE = 'Models.{area}';

const NAMESPACE_RULE: PlaceRule = { target: 'dotnet', option: 'namespace', neutral: NEUTRAL_NAMESPACE, casing: AREA_CASES.pascal, problem: namespaceProblem };

interface Member {
  readonly model: Model;
  readonly binding: Binding;
}

export const dotnetTarget: Target = {
  name: 'dotnet',
  language: 'dotnet',
  header: dotnetHeader,
  options: [
    {
      key: 'namespace',
      description: `C# namespace of the generated types; \`{area}\` is the area (\`WorkOS.{area}\` → \`WorkOS.DirectorySync\`); empty: the namespace of the C# titles, else \`${NEUTRAL_NAMESPACE}\``,
      default: '',
      validate: areaAware(namespaceProblem, AREA_CASES.pascal),
    },
    {
      key: 'folder',
      description: 'folder of each model\'s files under the output folder; `{area}` is the area (`DirectorySync`)',
      default: '{area}',
      validate: (value) => (pathTextProblem(withArea(value, { words: ['sample'], from: 'default' }, AREA_CASES.pascal)) === undefined ? undefined : 'must be a relative folder without `.`, `..` or `\\` segments'),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const places = new Map<string, string>();
    const groups = groupByPlace(input.models, 'dotnet', (model) => {
      const place = placeFor(NAMESPACE_RULE, input.options.namespace, model, model.bindings.find((b) => b.language === 'dotnet') as Binding, input.neutralDefault ?? (() => undefined));
      places.set(model.id, place);
      return place;
    });
    const folderOf = (model: Model) => [input.dir, withArea(input.options.folder ?? '{area}', modelArea(model), AREA_CASES.pascal)].filter((p) => p !== '').join('/');
    return [...groups].flatMap(([namespace, members]) =>
      renderNamespace(
        namespace,
        members.map(({ model, binding }) => ({ model, binding: qualifyModelRefs(binding, namespace, (id) => places.get(id)) })),
        folderOf,
        templates,
      ),
    );
  },
};

/** The files of one namespace; its helper files go to the folder of its first model. */
function renderNamespace(namespace: string, members: readonly Member[], folderOf: (model: Model) => string, templates: TemplateEngine): RenderedFile[] {
  const files: RenderedFile[] = [];
  const enums = collectEnums(members);
  const documented = documentedTypeNames(members, enums);
  const helper = helperName(MODEL_JSON, documented);
  const exception = helperName(VALIDATION_EXCEPTION, documented);
  const shared = folderOf(members[0].model);
  for (const { model, binding } of members) {
    const view = buildClassView(model, binding, namespace, helper, exception);
    files.push({ path: `${folderOf(model)}/${fileName(view.name)}`, contents: templates.render('dotnet', 'class.cs.hbs', view), specs: [model.source.name] });
  }
  // What every model of the namespace reads and writes through, and what its strict reader throws.
  const specs = [...new Set(members.map((m) => m.model.source.name))].sort();
  const header = (name: string) => dotnetHeader({ shared: `the ${name} class of namespace ${namespace}` });
  files.push({ path: `${shared}/${fileName(helper)}`, contents: templates.render('dotnet', 'model-json.cs.hbs', { header: header(helper), namespace, name: helper, exception }), specs });
  files.push({ path: `${shared}/${fileName(exception)}`, contents: templates.render('dotnet', 'model-validation-exception.cs.hbs', { header: header(exception), namespace, name: exception }), specs });
  for (const use of enums.values()) {
    const view = buildEnumView(use, namespace, documented);
    const specs = [...use.specs].sort();
    files.push({ path: `${shared}/${fileName(view.name)}`, contents: templates.render('dotnet', 'enum.cs.hbs', view), specs });
    files.push({ path: `${shared}/${fileName(view.converterName)}`, contents: templates.render('dotnet', 'converter.cs.hbs', view), specs });
  }
  return files;
}

/** The type names the namespace documents (models and enums), without `@`: helper types keep clear of them. */
function documentedTypeNames(members: readonly Member[], enums: ReadonlyMap<string, EnumUse>): Set<string> {
  const classes = members.map(({ binding }) => bare(identifier(binding.name, 'Model')));
  return new Set([...classes, ...[...enums.keys()].map(bare)]);
}

/** Enum types by C# name, in first-use order: a type several models use is declared once. */
function collectEnums(members: readonly Member[]): Map<string, EnumUse> {
  const uses = new Map<string, EnumUse>();
  for (const { model, binding } of members) {
    for (const property of binding.properties) {
      for (const type of enumsIn(property.type)) {
        const name = enumTypeName(type);
        const use = uses.get(name) ?? { type, field: model.fields.find((f) => f.id === property.fieldId), specs: new Set<string>() };
        use.specs.add(model.source.name);
        uses.set(name, use);
      }
    }
  }
  return uses;
}
