/**
 * Ruby: one file per model under `lib/<module folder>/`, a class with readers
 * inside the module, and `model_runtime.rb`, the mixin and error class they share.
 */
import { headerText, RenderedFile, Target, TargetInput } from '../target';
import { TemplateEngine } from '../../render/template-engine';
import { fileName, headerComment, moduleFolder, RUNTIME_FILE, validateModulePath } from './naming';
import { buildClassView, buildFileView, rubyClassNames } from './view-model';

export const DEFAULT_MODULE = 'WorkOS';

/** model.rb.hbs writes the magic comment, a blank line, then the header. */
const MAGIC_COMMENT = '# frozen_string_literal: true\n\n';

export const rubyTarget: Target = {
  name: 'ruby',
  language: 'ruby',
  header: (origin) => `${MAGIC_COMMENT}${headerComment(headerText(origin))}`,
  options: [
    {
      key: 'module',
      description: 'Ruby module the model classes live in (a constant path such as `WorkOS` or `Acme::Sdk`); files go to `lib/<module as folders>/`',
      default: DEFAULT_MODULE,
      validate: validateModulePath,
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const modulePath = input.options.module ?? DEFAULT_MODULE;
    const folder = `${input.dir}/lib/${moduleFolder(modulePath)}`;
    const files: RenderedFile[] = [];
    const classes = rubyClassNames(input.models);
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'ruby');
      if (!binding) continue;
      // The class is laid out at column 0, then indented to its module depth.
      const classView = buildClassView(model, binding, modulePath, classes);
      const classText = templates.render('ruby', 'class.rb.hbs', classView);
      const view = buildFileView(headerText({ spec: model.source.name }), modulePath, classView.autoloads.length > 0, classText);
      files.push({ path: `${folder}/${fileName(model.id)}.rb`, contents: templates.render('ruby', 'model.rb.hbs', view), specs: [model.source.name] });
    }
    if (files.length === 0) return files;
    // The runtime every model requires, once per module, as Python's `_types.py`.
    const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
    const runtime = buildFileView(headerText({ shared: `the ModelRuntime of module ${modulePath}` }), modulePath, false, templates.render('ruby', 'model_runtime.rb.hbs', {}), true);
    return [...files, { path: `${folder}/${RUNTIME_FILE}.rb`, contents: templates.render('ruby', 'model.rb.hbs', runtime), specs }];
  },
};
