/**
 * Ruby: one file per model under `lib/<module folder>/`, a class with readers
 * inside the module (one module per area with `{area}`), `model_runtime.rb`
 * in each module (the mixin and error class its models share), and an entry
 * file that requires every model, so `require "workos"` loads them all.
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { Binding, Model } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { groupByPlace, PlaceRule, placeFor } from '../area-refs';
import { headerText, RenderedFile, Target, TargetInput } from '../target';
import { fileName, headerComment, moduleFolder, RUNTIME_FILE, stringLiteral, validateModulePath } from './naming';
import { ClassNames } from './types';
import { buildClassView, buildFileView, rubyClassNames } from './view-model';

/** Where the docs name no Ruby module: no vendor in it, one module per area. */
export const NEUTRAL_MODULE = 'Models::{area}';

const MODULE_RULE: PlaceRule = { target: 'ruby', option: 'module', neutral: NEUTRAL_MODULE, casing: AREA_CASES.pascal, problem: validateModulePath };

const entryProblem = (value: string) => (/^[a-z0-9_]+(?:\/[a-z0-9_]+)*$/.test(value) ? undefined : 'must be a path under lib/ without `.rb`, in lowercase words (`workos`, `acme/sdk/models`)');

/** model.rb.hbs writes the magic comment, a blank line, then the header. */
const MAGIC_COMMENT = '# frozen_string_literal: true\n\n';

export const rubyTarget: Target = {
  name: 'ruby',
  language: 'ruby',
  header: (origin) => `${MAGIC_COMMENT}${headerComment(headerText(origin))}`,
  options: [
    {
      key: 'module',
      description: `Ruby module the model classes live in (\`WorkOS\`, \`Acme::Sdk\`); \`{area}\` is the area (\`WorkOS::{area}\` → \`WorkOS::DirectorySync\`); files go to \`lib/<module as folders>/\`; empty: the module of the Ruby titles, else \`${NEUTRAL_MODULE}\``,
      default: '',
      validate: areaAware(validateModulePath, AREA_CASES.pascal),
    },
    {
      key: 'entry',
      description: 'the entry file requiring every model, as a path under lib/ without `.rb`; empty: the modules\' common root (`WorkOS::{area}` → `lib/workos.rb`)',
      default: '',
      validate: entryProblem,
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const moduleOf = (model: Model) => placeFor(MODULE_RULE, input.options.module, model, model.bindings.find((b) => b.language === 'ruby') as Binding, input.neutralDefault ?? (() => undefined));
    const groups = groupByPlace(input.models, 'ruby', moduleOf);
    const classesIn = new Map([...groups].map(([modulePath, members]) => [modulePath, rubyClassNames(members.map((m) => m.model))]));
    const files: RenderedFile[] = [];
    const runtimes: RenderedFile[] = [];
    for (const [modulePath, members] of groups) {
      const classes = withForeignClasses(modulePath, classesIn);
      const folder = `${input.dir}/lib/${moduleFolder(modulePath)}`;
      for (const { model, binding } of members) {
        // The class is laid out at column 0, then indented to its module depth.
        const classView = buildClassView(model, binding, modulePath, classes);
        const classText = templates.render('ruby', 'class.rb.hbs', classView);
        const view = buildFileView(headerText({ spec: model.source.name }), modulePath, classView.autoloads.length > 0, classText);
        files.push({ path: `${folder}/${fileName(model.id)}.rb`, contents: templates.render('ruby', 'model.rb.hbs', view), specs: [model.source.name] });
      }
      // The runtime every model of the module requires, once per module, as Python's `_types.py`.
      const specs = [...new Set(members.map((m) => m.model.source.name))].sort();
      const runtime = buildFileView(headerText({ shared: `the ModelRuntime of module ${modulePath}` }), modulePath, false, templates.render('ruby', 'model_runtime.rb.hbs', {}), true);
      runtimes.push({ path: `${folder}/${RUNTIME_FILE}.rb`, contents: templates.render('ruby', 'model.rb.hbs', runtime), specs });
    }
    if (files.length === 0) return files;
    return [...files, ...runtimes, entryFile(input, entryRoot(input.options.module || NEUTRAL_MODULE, [...groups.keys()]), files, templates)];
  },
};

/** The module's own class names, and every other module's classes by their full constant path. */
function withForeignClasses(modulePath: string, classesIn: ReadonlyMap<string, ClassNames>): ClassNames {
  const names = new Map<string, string>();
  for (const [other, classes] of classesIn) {
    for (const [id, name] of classes) if (other !== modulePath) names.set(id, `::${other}::${name}`);
  }
  for (const [id, name] of classesIn.get(modulePath) ?? []) names.set(id, name);
  return names;
}

/**
 * The module the entry file is named after: what the module option writes
 * before `{area}` (`WorkOS::{area}` → `WorkOS`), else the modules' common root.
 */
function entryRoot(template: string, modulePaths: readonly string[]): string {
  const before = template.split('{area}')[0].replace(/:+$/, '');
  if (template.includes('{area}') && before !== '') return before;
  const segments = modulePaths.map((m) => m.split('::'));
  const root: string[] = [];
  while (root.length < segments[0].length && segments.every((s) => s[root.length] === segments[0][root.length])) root.push(segments[0][root.length]);
  return root.length > 0 ? root.join('::') : 'Models';
}

/** `lib/workos.rb` requiring every model file, unless `entry` says where. */
function entryFile(input: TargetInput, root: string, files: readonly RenderedFile[], templates: TemplateEngine): RenderedFile {
  const entry = input.options.entry || moduleFolder(root);
  const libDir = `${input.dir}/lib/`;
  const entryDir = entry.split('/').slice(0, -1);
  const requires = files.map((f) => f.path.slice(libDir.length, -'.rb'.length)).sort().map((p) => stringLiteral(relativeTo(entryDir, p)));
  const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
  return { path: `${libDir}${entry}.rb`, contents: templates.render('ruby', 'entry.rb.hbs', { header: headerComment(headerText({ shared: `the entry file ${entry}.rb, which requires every model` })), requires }), specs };
}

/** `require_relative` path of `lib/<target>` from a file in `lib/<from...>/`. */
function relativeTo(from: readonly string[], target: string): string {
  const parts = target.split('/');
  let shared = 0;
  while (shared < from.length && from[shared] === parts[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...parts.slice(shared)].join('/');
}
