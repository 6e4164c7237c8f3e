/**
 * Java: one public type per file, records for models and expandable string
 * enums, read and written by Jackson through `ModelJson`. Each package (one
 * per area with `{area}`) gets its own enum types and runtime classes; a
 * component naming another package's model uses its qualified name.
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { HeaderOrigin, headerText, RenderedFile, sharedOrigin, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { PlacedTypes, PlaceRule, placeTypes } from '../area-refs';
import { textLines } from '../doc-text';
import { buildEnumView, enumDefinitionDoc, enumTypeOf } from './enum-view';
import { commentText, packageProblem, typeName } from './naming';
import { DATE_TIME_TYPE, JSON_NULLABLE } from './types';
import { buildUnionView } from './union-view';
import { buildRecordView, collectEnums, EnumUse, JavaContext } from './view-model';

/** Where the docs name no Java package: no vendor in it, one package per area. */
export const NEUTRAL_PACKAGE = 'models.{area}';

/** The classes every package with a record or a union gets, and their templates. */
const RUNTIME_FILES = [
  [JSON_NULLABLE, 'json-nullable.java.hbs'],
  ['ModelJson', 'model-json.java.hbs'],
  ['ModelValidationException', 'model-validation-exception.java.hbs'],
] as const;

const header = (origin: HeaderOrigin) => `// ${commentText(headerText(origin))}`;

const PACKAGE_RULE: PlaceRule = { target: 'java', option: 'package', neutral: NEUTRAL_PACKAGE, casing: AREA_CASES.joined, problem: packageProblem };


export const javaTarget: Target = {
  name: 'java',
  header,
  language: 'java',
  options: [
    {
      key: 'package',
      description: `Java package of the generated types, files in the matching folders; \`{area}\` is the area (\`com.acme.{area}.models\` → \`com.acme.directorysync.models\`); empty: the package of the Java titles, else \`${NEUTRAL_PACKAGE}\``,
      default: '',
      validate: areaAware(packageProblem, AREA_CASES.joined),
    },
    {
      key: 'dateTime',
      description: `Java type of \`format: date-time\` strings: \`String\` (the wire text as it is) or \`${DATE_TIME_TYPE}\` (java.time, read and written as ISO-8601; a value read keeps its exact text while unchanged)`,
      default: 'String',
      validate: (value) => (value === 'String' || value === DATE_TIME_TYPE ? undefined : `must be \`String\` or \`${DATE_TIME_TYPE}\``),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const all = [...input.models, ...(input.unions ?? []), ...(input.enums ?? [])];
    const context: JavaContext = { dates: input.options.dateTime === DATE_TIME_TYPE, deprecated: new Set(all.filter((d) => d.deprecated).map((d) => d.id)) };
    return [...placeTypes(input, 'java', PACKAGE_RULE)].flatMap(([packageName, contents]) => renderPackage(input.dir, packageName, contents, templates, context));
  },
};

function renderPackage(dir: string, packageName: string, contents: PlacedTypes, templates: TemplateEngine, context: JavaContext): RenderedFile[] {
  const folder = `${dir}/${packageName.split('.').join('/')}`;
  const files: RenderedFile[] = [];
  const file = (name: string, template: string, view: object, specs: string[]) => files.push({ path: `${folder}/${name}.java`, contents: templates.render('java', template, view), specs });
  const fieldEnums = new Map<string, EnumUse>();
  for (const { model, binding } of contents.models) {
    const view = buildRecordView(model, binding, header({ spec: model.source.name }), packageName, context);
    file(view.name, 'record.java.hbs', view, [model.source.name]);
    collectEnums(fieldEnums, model, binding);
  }
  const packageTypes = new Set([
    ...contents.models.map((m) => typeName(m.binding.name)),
    ...contents.unions.map((u) => typeName(u.binding.name)),
    ...contents.enums.map((e) => typeName(e.binding.name)),
    ...fieldEnums.keys(),
  ]);
  for (const { union, binding } of contents.unions) {
    const view = buildUnionView(union, binding, header({ spec: union.source.name }), packageName, packageTypes, context);
    file(view.name, 'union.java.hbs', view, [union.source.name]);
  }
  for (const { definition, binding } of contents.enums) {
    const doc = enumDefinitionDoc(definition);
    const view = buildEnumView(enumTypeOf(binding), doc.lines, header({ spec: definition.source.name }), packageName, doc.deprecated);
    file(view.name, 'enum.java.hbs', view, [definition.source.name]);
  }
  for (const [name, use] of fieldEnums) {
    const specs = [...use.specs].sort();
    const view = buildEnumView(use.type, textLines(use.field?.description), header(sharedOrigin(specs, `the ${name} enum, which several models use`)), packageName);
    file(view.name, 'enum.java.hbs', view, specs);
  }
  // What every record and union reads and writes through (ModelJson uses JsonNullable), and what its strict readers throw.
  const readerSpecs = [...new Set([...contents.models.map((m) => m.model.source.name), ...contents.unions.map((u) => u.union.source.name)])].sort();
  if (readerSpecs.length === 0) return files;
  for (const [name, template] of RUNTIME_FILES) {
    const view = { header: header({ shared: `the ${name} class of package ${packageName}` }), packageName, dates: context.dates };
    file(name, template, view, readerSpecs);
  }
  return files;
}
