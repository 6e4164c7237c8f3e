/**
 * PHP: one `final class` per model, PSR-4 laid out under the target's folder
 * (`php/WorkOS/Resource/Directory.php` for `WorkOS\Resource\Directory`, or
 * `php/Resource/Directory.php` when the composer mapping strips `WorkOS\`:
 * the `psr4Prefix` option), and in each namespace the runtime its models
 * share: `ModelRuntime.php` (reading and writing helpers) and
 * `ModelValidationException.php` (strict reads).
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { Binding, Model } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { PlaceRule, placeFor, placeModelRefs } from '../area-refs';
import { headerText, RenderedFile, Target, TargetError, TargetInput } from '../target';
import { docComment, docCommentText } from './doc-comment';
import { namespaceProblem, qualifierNamespace, RUNTIME_FILES } from './naming';
import { phpClassNames } from './class-refs';
import { buildClassView } from './view-model';

/** Where the docs name no PHP namespace: no vendor in it, one namespace per area. */
export const NEUTRAL_NAMESPACE = 'Models\\{area}';

const NAMESPACE_RULE: PlaceRule = { target: 'php', option: 'namespace', neutral: NEUTRAL_NAMESPACE, casing: AREA_CASES.pascal, problem: namespaceProblem, fromQualifier: qualifierNamespace };

const trimPrefix = (value: string) => value.replace(/\\+$/, '');

export const phpTarget: Target = {
  name: 'php',
  language: 'php',
  // model.php.hbs writes the open tag, a blank line, then the header's doc comment.
  header: (origin) => `<?php\n\n${docCommentText(docComment([headerText(origin)], 0))}`,
  options: [
    {
      key: 'namespace',
      description: `PHP namespace of every model (e.g. \`WorkOS\\Resource\`); \`{area}\` is the area (\`WorkOS\\{area}\` → \`WorkOS\\DirectorySync\`); empty: the namespace in each spec's title, else \`${NEUTRAL_NAMESPACE}\``,
      default: '',
      validate: areaAware(namespaceProblem, AREA_CASES.pascal),
    },
    {
      key: 'psr4Prefix',
      description: 'the namespace prefix the composer.json PSR-4 mapping strips (`Acme\\Sdk\\` for `"Acme\\\\Sdk\\\\": "src/"`): files go to the folders of the rest of the namespace',
      default: '',
      validate: (value) => namespaceProblem(trimPrefix(value)),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const namespaces = new Map<string, string>();
    const placed: Model[] = [];
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'php');
      if (binding) namespaces.set(model.id, placeFor(NAMESPACE_RULE, input.options.namespace, model, binding, input.neutralDefault ?? (() => undefined)));
    }
    // Each binding carries its namespace and its references' as qualifiers, which the class names and `use` lines are read from.
    for (const model of input.models) {
      const own = namespaces.get(model.id);
      placed.push(own === undefined ? model : { ...model, bindings: model.bindings.map((b) => (b.language === 'php' ? placeModelRefs(b, own, (id) => namespaces.get(id)) : b)) });
    }
    const classes = phpClassNames(placed, undefined);
    const files: RenderedFile[] = [];
    const specsByNamespace = new Map<string, string[]>();
    const prefix = input.options.psr4Prefix ?? '';
    for (const model of placed) {
      const binding = model.bindings.find((b): b is Binding => b.language === 'php');
      const namespace = namespaces.get(model.id);
      if (!binding || namespace === undefined) continue;
      const view = buildClassView(model, binding, namespace, undefined, classes);
      // PSR-4: each namespace segment after the mapped prefix is a folder, the class name is the file name.
      const path = [input.dir, ...folders(namespace, prefix), `${view.name}.php`].join('/');
      files.push({ path, contents: templates.render('php', 'model.php.hbs', view), specs: [model.source.name] });
      specsByNamespace.set(namespace, [...(specsByNamespace.get(namespace) ?? []), model.source.name]);
    }
    return [...files, ...[...specsByNamespace].flatMap(([namespace, specs]) => runtimeFiles([input.dir, ...folders(namespace, prefix)].join('/'), namespace, specs, templates))];
  },
};

function folders(namespace: string, psr4Prefix: string): string[] {
  const prefix = trimPrefix(psr4Prefix);
  if (prefix === '') return namespace.split('\\');
  if (namespace === prefix) return [];
  if (namespace.startsWith(`${prefix}\\`)) return namespace.slice(prefix.length + 1).split('\\');
  throw new TargetError(`php: namespace \`${namespace}\` is outside \`psr4Prefix\` \`${psr4Prefix}\`, so composer's mapping cannot load it`, 'set `targets.php.namespace` inside the prefix, or `psr4Prefix` to the prefix composer.json maps');
}

/** The runtime of one namespace, in its folder; its header says what it is, since listing the specs whose models use it would grow with them. */
function runtimeFiles(folder: string, namespace: string, modelSpecs: readonly string[], templates: TemplateEngine): RenderedFile[] {
  const specs = [...new Set(modelSpecs)].sort();
  return RUNTIME_FILES.map((name) => ({
    path: `${folder}/${name}.php`,
    contents: templates.render('php', `${name}.php.hbs`, { header: docComment([headerText({ shared: `the ${name} class of namespace ${namespace}` })], 0), namespace }),
    specs,
  }));
}
