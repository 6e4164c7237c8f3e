/**
 * PHP: one `final class` per model, PSR-4 laid out under the target's folder
 * (`php/WorkOS/Resource/Directory.php` for `WorkOS\Resource\Directory`), and
 * in each namespace the runtime its models share: `ModelRuntime.php` (reading
 * and writing helpers) and `ModelValidationException.php` (strict reads).
 */
import { TemplateEngine } from '../../render/template-engine';
import { headerText, RenderedFile, Target, TargetInput } from '../target';
import { docComment, docCommentText } from './doc-comment';
import { DEFAULT_NAMESPACE, namespaceFor, namespaceProblem, RUNTIME_FILES } from './naming';
import { phpClassNames } from './class-refs';
import { buildClassView } from './view-model';

export const phpTarget: Target = {
  name: 'php',
  language: 'php',
  // model.php.hbs writes the open tag, a blank line, then the header's doc comment.
  header: (origin) => `<?php\n\n${docCommentText(docComment([headerText(origin)], 0))}`,
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
    const specsByNamespace = new Map<string, string[]>();
    const classes = phpClassNames(input.models, input.options.namespace);
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'php');
      if (!binding) continue;
      const namespace = namespaceFor(input.options.namespace, binding.qualifier);
      const view = buildClassView(model, binding, namespace, input.options.namespace, classes);
      // PSR-4: each namespace segment is a folder, the class name is the file name.
      const path = [input.dir, ...namespace.split('\\'), `${view.name}.php`].join('/');
      files.push({ path, contents: templates.render('php', 'model.php.hbs', view), specs: [model.source.name] });
      specsByNamespace.set(namespace, [...(specsByNamespace.get(namespace) ?? []), model.source.name]);
    }
    return [...files, ...[...specsByNamespace].flatMap(([namespace, specs]) => runtimeFiles(input.dir, namespace, specs, templates))];
  },
};

/** The runtime of one namespace; its header says what it is, since listing the specs whose models use it would grow with them. */
function runtimeFiles(dir: string, namespace: string, modelSpecs: readonly string[], templates: TemplateEngine): RenderedFile[] {
  const specs = [...new Set(modelSpecs)].sort();
  return RUNTIME_FILES.map((name) => ({
    path: [dir, ...namespace.split('\\'), `${name}.php`].join('/'),
    contents: templates.render('php', `${name}.php.hbs`, { header: docComment([headerText({ shared: `the ${name} class of namespace ${namespace}` })], 0), namespace }),
    specs,
  }));
}
