/**
 * Java: one public type per file, records for models and expandable string
 * enums, read and written by Jackson through `ModelJson`. Each package (one
 * per area with `{area}`) gets its own enum types and runtime classes; a
 * component naming another package's model uses its qualified name.
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { Binding, Model } from '../../ir/model';
import { HeaderOrigin, headerText, RenderedFile, sharedOrigin, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { groupByPlace, PlaceRule, placeFor, qualifyModelRefs } from '../area-refs';
import { buildEnumView } from './enum-view';
import { commentText, packageProblem } from './naming';
import { JSON_NULLABLE } from './types';
import { buildRecordView, collectEnums, EnumUse } from './view-model';

/** Where the docs name no Java package: no vendor in it, one package per area. */
export const NEUTRAL_PACKAGE = 'models.{area}';

/** The classes every package with a record gets, and their templates. */
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
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const packageOf = (model: Model, binding: Binding) => placeFor(PACKAGE_RULE, input.options.package, model, binding, input.neutralDefault ?? (() => undefined));
    const places = new Map<string, string>();
    const groups = groupByPlace(input.models, 'java', (model) => {
      const place = packageOf(model, model.bindings.find((b) => b.language === 'java') as Binding);
      places.set(model.id, place);
      return place;
    });
    return [...groups].flatMap(([packageName, members]) =>
      renderPackage(
        input.dir,
        packageName,
        members.map(({ model, binding }) => ({ model, binding: qualifyModelRefs(binding, packageName, (id) => places.get(id)) })),
        templates,
      ),
    );
  },
};

function renderPackage(dir: string, packageName: string, members: readonly { model: Model; binding: Binding }[], templates: TemplateEngine): RenderedFile[] {
  const folder = `${dir}/${packageName.split('.').join('/')}`;
  const files: RenderedFile[] = [];
  const enums = new Map<string, EnumUse>();
  for (const { model, binding } of members) {
    const view = buildRecordView(model, binding, header({ spec: model.source.name }), packageName);
    files.push({ path: `${folder}/${view.name}.java`, contents: templates.render('java', 'record.java.hbs', view), specs: [model.source.name] });
    collectEnums(enums, model, binding);
  }
  for (const [name, use] of enums) {
    const specs = [...use.specs].sort();
    const view = buildEnumView(use.type, use.field, header(sharedOrigin(specs, `the ${name} enum, which several models use`)), packageName);
    files.push({ path: `${folder}/${view.name}.java`, contents: templates.render('java', 'enum.java.hbs', view), specs });
  }
  // What every record reads and writes through (ModelJson uses JsonNullable), and what its strict readers throw.
  const recordSpecs = [...new Set(members.map((m) => m.model.source.name))].sort();
  for (const [name, template] of RUNTIME_FILES) {
    const view = { header: header({ shared: `the ${name} class of package ${packageName}` }), packageName };
    files.push({ path: `${folder}/${name}.java`, contents: templates.render('java', template, view), specs: recordSpecs });
  }
  return files;
}
