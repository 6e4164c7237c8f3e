/**
 * PHP: one `final class` per model, PSR-4 laid out under the target's folder
 * (`php/WorkOS/Resource/Directory.php` for `WorkOS\Resource\Directory`).
 */
import { TemplateEngine } from '../../render/template-engine';
import { RenderedFile, Target, TargetInput } from '../target';
import { DEFAULT_NAMESPACE, namespaceFor, namespaceProblem } from './naming';
import { phpClassNames } from './class-refs';
import { buildClassView } from './view-model';

export const phpTarget: Target = {
  name: 'php',
  language: 'php',
  options: [
    {
      key: 'namespace',
      description: `PHP namespace of every model (e.g. WorkOS\\Resource); empty: the namespace in each spec's title, else ${DEFAULT_NAMESPACE}`,
      default: '',
      validate: namespaceProblem,
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const files: RenderedFile[] = [];
    const classes = phpClassNames(input.models, input.options.namespace);
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'php');
      if (!binding) continue;
      const namespace = namespaceFor(input.options.namespace, binding.qualifier);
      const view = buildClassView(model, binding, namespace, input.options.namespace, classes);
      // PSR-4: each namespace segment is a folder, the class name is the file name.
      const path = [input.dir, ...namespace.split('\\'), `${view.name}.php`].join('/');
      files.push({ path, contents: templates.render('php', 'model.php.hbs', view), specs: [model.source.name] });
    }
    return files;
  },
};
