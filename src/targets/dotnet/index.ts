/**
 * .NET: one C# file per public type in the `namespace` option's namespace
 * (one per area with `{area}`), Newtonsoft.Json, C# 7.2 so Mono's `mcs`
 * compiles it. Every model of a namespace reads and writes through one helper
 * file (`ModelJson.cs`), enums are expandable string enums; a property naming
 * another namespace's model names it from `global::`.
 */
import { AREA_CASES, areaAware, modelArea, withArea } from '../../ir/area';
import { Model } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { PlacedTypes, PlaceRule, placeTypes } from '../area-refs';
import { RenderedFile, Target, TargetInput } from '../target';
import { bare, fileName, helperName, identifier, namespaceProblem } from './naming';
import { DATE_TIME_TYPE } from './types';
import { buildUnionView } from './union-view';
import { buildClassView, buildEnumView, CsContext, definitionDocLines, dotnetHeader, EnumUse, enumTypeName, MODEL_JSON, VALIDATION_EXCEPTION } from './view-model';
import { enumsIn } from '../../ir/type-walk';
import { textLines } from '../doc-text';
import { pathTextProblem } from '../../write/safe-path';

/** Where the docs name no C# namespace: no vendor in it, one namespace per area. */
export const NEUTRAL_NAMESPACE = 'Models.{area}';

const NAMESPACE_RULE: PlaceRule = { target: 'dotnet', option: 'namespace', neutral: NEUTRAL_NAMESPACE, casing: AREA_CASES.pascal, problem: namespaceProblem };


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
    {
      key: 'dateTime',
      description: `C# type of \`format: date-time\` strings: \`string\` (the wire text as it is) or \`${DATE_TIME_TYPE}\` (read and written as ISO-8601; a value read keeps its exact text while unchanged)`,
      default: 'string',
      validate: (value) => (value === 'string' || value === DATE_TIME_TYPE ? undefined : `must be \`string\` or \`${DATE_TIME_TYPE}\``),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const folderOf = (definition: { readonly area?: Model['area'] }) => [input.dir, withArea(input.options.folder ?? '{area}', modelArea(definition), AREA_CASES.pascal)].filter((p) => p !== '').join('/');
    const all = [...input.models, ...(input.unions ?? []), ...(input.enums ?? [])];
    const context: CsContext = { dates: input.options.dateTime === DATE_TIME_TYPE, deprecated: new Set(all.filter((d) => d.deprecated).map((d) => d.id)) };
    return [...placeTypes(input, 'dotnet', NAMESPACE_RULE)].flatMap(([namespace, contents]) => renderNamespace(namespace, contents, folderOf, templates, context));
  },
};

function renderNamespace(namespace: string, contents: PlacedTypes, folderOf: (definition: { readonly area?: Model['area'] }) => string, templates: TemplateEngine, context: CsContext): RenderedFile[] {
  const files: RenderedFile[] = [];
  const file = (folder: string, name: string, template: string, view: object, specs: string[]) => files.push({ path: `${folder}/${fileName(name)}`, contents: templates.render('dotnet', template, view), specs });
  const enums = collectEnums(contents);
  const documentedNames = documentedTypeNames(contents, enums);
  const helper = helperName(MODEL_JSON, documentedNames);
  const exception = helperName(VALIDATION_EXCEPTION, documentedNames);
  const shared = folderOf(contents.models[0]?.model ?? contents.unions[0]?.union ?? contents.enums[0].definition);
  for (const { model, binding } of contents.models) {
    const view = buildClassView(model, binding, namespace, helper, exception, context);
    file(folderOf(model), view.name, 'class.cs.hbs', view, [model.source.name]);
  }
  for (const { union, binding } of contents.unions) {
    const view = buildUnionView(union, binding, namespace, { helper, exception }, documentedNames, context);
    file(folderOf(union), view.name, 'union.cs.hbs', view, [union.source.name]);
  }
  // What every model and union of the namespace reads and writes through, and what its strict reader throws.
  const specs = [...new Set([...contents.models.map((m) => m.model.source.name), ...contents.unions.map((u) => u.union.source.name)])].sort();
  if (specs.length > 0) {
    const header = (name: string) => dotnetHeader({ shared: `the ${name} class of namespace ${namespace}` });
    file(shared, helper, 'model-json.cs.hbs', { header: header(helper), namespace, name: helper, exception, dates: context.dates }, specs);
    file(shared, exception, 'model-validation-exception.cs.hbs', { header: header(exception), namespace, name: exception }, specs);
  }
  for (const use of enums.values()) {
    const view = buildEnumView(use, namespace, documentedNames);
    const enumSpecs = [...use.specs].sort();
    file(shared, view.name, 'enum.cs.hbs', view, enumSpecs);
    file(shared, view.converterName, 'converter.cs.hbs', view, enumSpecs);
  }
  return files;
}

/** The type names the namespace documents (models, unions and enums), without `@`: helper types keep clear of them. */
function documentedTypeNames(contents: PlacedTypes, enums: ReadonlyMap<string, EnumUse>): Set<string> {
  const classes = [...contents.models, ...contents.unions].map(({ binding }) => bare(identifier(binding.name, 'Model')));
  return new Set([...classes, ...[...enums.keys()].map(bare)]);
}

/** Enum types by C# name, in first-use order (named enums first): a type several models use is declared once. */
function collectEnums(contents: PlacedTypes): Map<string, EnumUse> {
  const uses = new Map<string, EnumUse>();
  for (const { definition, binding } of contents.enums) {
    const type = { kind: 'enum', name: binding.name, variant: 'lowercase', members: binding.members } as const;
    uses.set(enumTypeName(type), { type, doc: definitionDocLines(textLines(definition.description), definition), specs: new Set([definition.source.name]), deprecated: definition.deprecated });
  }
  for (const { model, binding } of contents.models) {
    for (const property of binding.properties) {
      for (const type of enumsIn(property.type)) {
        const name = enumTypeName(type);
        const use = uses.get(name) ?? { type, doc: textLines(model.fields.find((f) => f.id === property.fieldId)?.description), specs: new Set<string>() };
        use.specs.add(model.source.name);
        uses.set(name, use);
      }
    }
  }
  return uses;
}
