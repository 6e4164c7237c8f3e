/** Java: one public type per file, records for models and expandable string enums, read and written by Jackson through `ModelJson`. */
import { HeaderOrigin, headerText, RenderedFile, sharedOrigin, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { buildEnumView } from './enum-view';
import { commentText, packageProblem } from './naming';
import { JSON_NULLABLE } from './types';
import { buildRecordView, collectEnums, EnumUse } from './view-model';

export const DEFAULT_PACKAGE = 'com.workos.directorysync.models';

/** The classes every package with a record gets, and their templates. */
const RUNTIME_FILES = [
  [JSON_NULLABLE, 'json-nullable.java.hbs'],
  ['ModelJson', 'model-json.java.hbs'],
  ['ModelValidationException', 'model-validation-exception.java.hbs'],
] as const;

const header = (origin: HeaderOrigin) => `// ${commentText(headerText(origin))}`;

export const javaTarget: Target = {
  name: 'java',
  header,
  language: 'java',
  options: [
    {
      key: 'package',
      description: 'Java package of the generated types; the files go in the matching folders',
      default: DEFAULT_PACKAGE,
      validate: packageProblem,
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const packageName = input.options.package ?? DEFAULT_PACKAGE;
    const problem = packageProblem(packageName);
    // The config file's validation reports a bad package with its position; reaching here with one is a bug.
    if (problem) throw new Error(`internal error: java package option: ${problem}`);
    const folder = `${input.dir}/${packageName.split('.').join('/')}`;
    const files: RenderedFile[] = [];
    const enums = new Map<string, EnumUse>();
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'java');
      if (!binding) continue;
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
    const recordSpecs = [...new Set(files.filter((f) => f.path.endsWith('.java')).flatMap((f) => f.specs))].sort();
    if (recordSpecs.length > 0) {
      for (const [name, template] of RUNTIME_FILES) {
        const view = { header: header({ shared: `the ${name} class of package ${packageName}` }), packageName };
        files.push({ path: `${folder}/${name}.java`, contents: templates.render('java', template, view), specs: recordSpecs });
      }
    }
    return files;
  },
};
