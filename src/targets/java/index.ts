/** Java: one public type per file, records for models and enums with an `Unknown` fallback, read and written by Jackson. */
import { HeaderOrigin, headerText, RenderedFile, sharedOrigin, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { buildEnumView } from './enum-view';
import { commentText, packageProblem } from './naming';
import { JSON_NULLABLE } from './types';
import { buildRecordView, collectEnums, EnumUse, usesJsonNullable } from './view-model';

export const DEFAULT_PACKAGE = 'com.workos.directorysync.models';

const header = (origin: HeaderOrigin) => `// ${commentText(headerText(origin))}`;

export const javaTarget: Target = {
  name: 'java',
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
    const nullableSpecs = new Set<string>();
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'java');
      if (!binding) continue;
      const view = buildRecordView(model, binding, header({ spec: model.source.name }), packageName);
      files.push({ path: `${folder}/${view.name}.java`, contents: templates.render('java', 'record.java.hbs', view), specs: [model.source.name] });
      collectEnums(enums, model, binding);
      if (usesJsonNullable(binding)) nullableSpecs.add(model.source.name);
    }
    for (const [name, use] of enums) {
      const specs = [...use.specs].sort();
      const view = buildEnumView(use.type, use.field, header(sharedOrigin(specs, `the ${name} enum, which several models use`)), packageName);
      files.push({ path: `${folder}/${view.name}.java`, contents: templates.render('java', 'enum.java.hbs', view), specs });
    }
    // The wrapper for optional-and-nullable components, only in a run that has one.
    if (nullableSpecs.size > 0) {
      const specs = [...nullableSpecs].sort();
      const view = { header: header({ shared: `the ${JSON_NULLABLE} wrapper of optional nullable fields` }), packageName };
      files.push({ path: `${folder}/${JSON_NULLABLE}.java`, contents: templates.render('java', 'json-nullable.java.hbs', view), specs });
    }
    return files;
  },
};
