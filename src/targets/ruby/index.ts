/**
 * Ruby: one file per model under `lib/<module folder>/`, a class with readers
 * inside the module (one module per area with `{area}`), `model_runtime.rb`
 * in each module (the mixin and error class its models share), and an entry
 * file that requires every model, so `require "workos"` loads them all.
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { Binding, EnumBinding, EnumModel, Model, ModelType, UnionBinding, UnionModel } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { PlaceRule, placeFor } from '../area-refs';
import { headerText, RenderedFile, Target, TargetInput } from '../target';
import { fileName, headerComment, moduleFolder, RUNTIME_FILE, stringLiteral, validateModulePath } from './naming';
import { classOf, ClassNames } from './types';
import { buildEnumView } from './enum-view';
import { buildUnionView, isObjectVariant } from './union-view';
import { buildClassView, buildFileView, rubyClassNames } from './view-model';

/** Where the docs name no Ruby module: no vendor in it, one module per area. */
export const NEUTRAL_MODULE = 'Models::{area}';

const MODULE_RULE: PlaceRule = { target: 'ruby', option: 'module', neutral: NEUTRAL_MODULE, casing: AREA_CASES.pascal, problem: validateModulePath };

const entryProblem = (value: string) => (/^[a-z0-9_]+(?:\/[a-z0-9_]+)*$/.test(value) ? undefined : 'must be a path under lib/ without `.rb`, in lowercase words (`workos`, `acme/sdk/models`)');

/** The `dateTime` value that reads `date-time` strings into Times. */
export const DATE_OPTION = 'Time';

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
      key: 'dateTime',
      description: `how a \`date-time\` string reads: \`string\`, or \`${DATE_OPTION}\` (a Time that writes back the text it was read from)`,
      default: 'string',
      validate: (value) => (value === 'string' || value === DATE_OPTION ? undefined : `expected \`string\` or \`${DATE_OPTION}\``),
    },
    {
      key: 'entry',
      description: 'the entry file requiring every model, as a path under lib/ without `.rb`; empty: the modules\' common root (`WorkOS::{area}` → `lib/workos.rb`)',
      default: '',
      validate: entryProblem,
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const modules = groupByModule(input);
    const classesIn = new Map([...modules].map(([modulePath, m]) => [modulePath, rubyClassNames(m.models.map((x) => x.model), [...m.unions.map((x) => x.def), ...m.enums.map((x) => x.def)])]));
    const dates = input.options.dateTime === DATE_OPTION;
    const unions = new Map((input.unions ?? []).map((u) => [u.id, u]));
    const implemented = implementedUnions(input.unions ?? []);
    const files: RenderedFile[] = [];
    const runtimes: RenderedFile[] = [];
    for (const [modulePath, members] of modules) {
      const classes = withForeignClasses(modulePath, classesIn);
      const folder = `${input.dir}/lib/${moduleFolder(modulePath)}`;
      const place = (id: string, spec: string, body: string, documented: boolean, standalone = false) => {
        // The body is laid out at column 0, then indented to its module depth.
        const view = buildFileView(headerText({ spec }), modulePath, documented, body, standalone);
        files.push({ path: `${folder}/${fileName(id)}.rb`, contents: templates.render('ruby', 'model.rb.hbs', view), specs: [spec] });
      };
      for (const { model, binding } of members.models) {
        // A variant includes its union's module only within one module: another module's constant is not autoloaded.
        const includes = (implemented.get(model.id) ?? []).filter((ref) => !classOf(ref, classes).startsWith('::'));
        const classView = buildClassView(model, binding, modulePath, classes, { includes, dates });
        place(model.id, model.source.name, templates.render('ruby', 'class.rb.hbs', classView), classView.autoloads.length > 0);
      }
      for (const { def, binding } of members.unions) {
        const view = buildUnionView(def, binding, { modulePath, classes, dates, models: new Map(input.models.map((m) => [m.id, m])), unions });
        place(def.id, def.source.name, templates.render('ruby', 'union.rb.hbs', view), view.autoloads.length > 0);
      }
      for (const { def, binding } of members.enums) place(def.id, def.source.name, templates.render('ruby', 'enum.rb.hbs', buildEnumView(def, binding, classes.get(def.id) as string)), false, true);
      // The runtime every model of the module requires, once per module, as Python's `_types.py`.
      const specs = [...new Set([...members.models.map((m) => m.model.source.name), ...members.unions.map((u) => u.def.source.name)])].sort();
      const body = templates.render('ruby', 'model_runtime.rb.hbs', { unions: unions.size > 0, dates });
      const runtime = buildFileView(headerText({ shared: `the ModelRuntime of module ${modulePath}` }), modulePath, false, body, true, dates);
      if (specs.length > 0) runtimes.push({ path: `${folder}/${RUNTIME_FILE}.rb`, contents: templates.render('ruby', 'model.rb.hbs', runtime), specs });
    }
    if (files.length === 0) return files;
    return [...files, ...runtimes, entryFile(input, entryRoot(input.options.module || NEUTRAL_MODULE, [...modules.keys()]), files, templates)];
  },
};

interface ModuleMembers {
  readonly models: { model: Model; binding: Binding }[];
  readonly unions: { def: UnionModel; binding: UnionBinding }[];
  readonly enums: { def: EnumModel; binding: EnumBinding }[];
}

/** Models, unions and enums by the module each goes to, in run order. */
function groupByModule(input: TargetInput): Map<string, ModuleMembers> {
  const neutral = input.neutralDefault ?? (() => undefined);
  const modules = new Map<string, ModuleMembers>();
  const membersOf = (def: Pick<Model, 'area'>, binding: { qualifier?: string }) => {
    const modulePath = placeFor(MODULE_RULE, input.options.module, def, binding, neutral);
    const members = modules.get(modulePath) ?? { models: [], unions: [], enums: [] };
    modules.set(modulePath, members);
    return members;
  };
  for (const model of input.models) {
    const binding = model.bindings.find((b) => b.language === 'ruby');
    if (binding) membersOf(model, binding).models.push({ model, binding });
  }
  for (const def of input.unions ?? []) {
    const binding = def.bindings.find((b) => b.language === 'ruby');
    if (binding) membersOf(def, binding).unions.push({ def, binding });
  }
  for (const def of input.enums ?? []) {
    const binding = def.bindings.find((b) => b.language === 'ruby');
    if (binding) membersOf(def, binding).enums.push({ def, binding });
  }
  return modules;
}

/** The unions each object model is a variant of, as references to their modules. */
function implementedUnions(unions: readonly UnionModel[]): Map<string, ModelType[]> {
  const implemented = new Map<string, ModelType[]>();
  for (const union of unions) {
    const binding = union.bindings.find((b) => b.language === 'ruby');
    for (const variant of (binding?.variants ?? []).filter(isObjectVariant)) {
      const id = (variant.type as ModelType).modelId;
      const refs = implemented.get(id) ?? [];
      if (binding && !refs.some((r) => r.modelId === union.id)) implemented.set(id, [...refs, { kind: 'model', modelId: union.id, name: binding.name, modelKind: 'union' }]);
    }
  }
  return implemented;
}

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
