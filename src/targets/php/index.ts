/**
 * PHP: one `final class` per model, PSR-4 laid out under the target's folder
 * (`php/WorkOS/Resource/Directory.php` for `WorkOS\Resource\Directory`, or
 * `php/Resource/Directory.php` when the composer mapping strips `WorkOS\`:
 * the `psr4Prefix` option), and in each namespace the runtime its models
 * share: `ModelRuntime.php` (reading and writing helpers) and
 * `ModelValidationException.php` (strict reads).
 */
import { AREA_CASES, areaAware } from '../../ir/area';
import { Binding, Model, ModelType, UnionBinding, UnionModel } from '../../ir/model';
import { pascalCase } from '../naming';
import { TemplateEngine } from '../../render/template-engine';
import { PlaceRule, placeFor, placeModelRefs, placeTypeRefs } from '../area-refs';
import { headerText, RenderedFile, Target, TargetError, TargetInput } from '../target';
import { docComment, docCommentText } from './doc-comment';
import { namespaceProblem, qualifierNamespace, RUNTIME_FILES } from './naming';
import { phpClassNames, readerKey, unknownKey, wrapperKey } from './class-refs';
import { buildEnumView } from './enum-view';
import { markUnbreakableLines } from './expr';
import { unionFiles, UnionPlan, wraps } from './union-view';
import { buildClassView } from './view-model';

/** Where the docs name no PHP namespace: no vendor in it, one namespace per area. */
export const NEUTRAL_NAMESPACE = 'Models\\{area}';

const NAMESPACE_RULE: PlaceRule = { target: 'php', option: 'namespace', neutral: NEUTRAL_NAMESPACE, casing: AREA_CASES.pascal, problem: namespaceProblem, fromQualifier: qualifierNamespace };

/** The `dateTime` value that maps `date-time` strings to `\DateTimeImmutable`. */
export const DATE_OPTION = 'DateTimeImmutable';

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
      key: 'dateTime',
      description: `how a \`date-time\` string reads: \`string\`, or \`${DATE_OPTION}\` (a \`\\DateTimeImmutable\` that writes back the text it was read from)`,
      default: 'string',
      validate: (value) => (value === 'string' || value === DATE_OPTION ? undefined : `expected \`string\` or \`${DATE_OPTION}\``),
    },
    {
      key: 'psr4Prefix',
      description: 'the namespace prefix the composer.json PSR-4 mapping strips (`Acme\\Sdk\\` for `"Acme\\\\Sdk\\\\": "src/"`): files go to the folders of the rest of the namespace',
      default: '',
      validate: (value) => namespaceProblem(trimPrefix(value)),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const run = planRun(input);
    const files: RenderedFile[] = [];
    const specsByNamespace = new Map<string, string[]>();
    const prefix = input.options.psr4Prefix ?? '';
    const place = (namespace: string, name: string, contents: string, spec: string) => {
      // PSR-4: each namespace segment after the mapped prefix is a folder, the class name is the file name.
      files.push({ path: [input.dir, ...folders(namespace, prefix), `${name}.php`].join('/'), contents: markUnbreakableLines(contents), specs: [spec] });
      specsByNamespace.set(namespace, [...(specsByNamespace.get(namespace) ?? []), spec]);
    };
    for (const model of run.placedModels) {
      const binding = model.bindings.find((b): b is Binding => b.language === 'php');
      const namespace = run.namespaces.get(model.id);
      if (!binding || namespace === undefined) continue;
      const view = buildClassView(model, binding, namespace, undefined, run.classes, { implements: run.implemented.get(model.id) ?? [], plan: run });
      place(namespace, view.name, templates.render('php', 'model.php.hbs', view), model.source.name);
    }
    for (const { union, binding, namespace } of run.placedUnions.values()) {
      for (const file of unionFiles(union, binding, { ...run, namespace })) place(namespace, file.name, templates.render('php', file.template, file.view), union.source.name);
    }
    for (const model of input.enums ?? []) {
      const binding = model.bindings.find((b) => b.language === 'php');
      const namespace = run.namespaces.get(model.id);
      if (!binding || namespace === undefined) continue;
      const view = buildEnumView(model, binding, namespace, run.classes.get(model.id) as string);
      files.push({ path: [input.dir, ...folders(namespace, prefix), `${view.name}.php`].join('/'), contents: templates.render('php', 'enum.php.hbs', view), specs: [model.source.name] });
    }
    const flags = { unions: run.unions.size > 0, dates: run.context.dates };
    return [...files, ...[...specsByNamespace].flatMap(([namespace, specs]) => runtimeFiles([input.dir, ...folders(namespace, prefix)].join('/'), namespace, specs, templates, flags))];
  },
};

/** Everything placed: each model's, union's and enum's namespace, the models with their references qualified, every class name. */
interface PhpRun extends Omit<UnionPlan, 'namespace'> {
  readonly namespaces: ReadonlyMap<string, string>;
  readonly placedModels: readonly Model[];
  /** Each union with its PHP binding, the variants' references qualified. */
  readonly placedUnions: ReadonlyMap<string, { readonly union: UnionModel; readonly binding: UnionBinding; readonly namespace: string }>;
  /** The union interfaces each object model implements, by model id. */
  readonly implemented: ReadonlyMap<string, ModelType[]>;
}

/** Every class name the run gives, by model id and union key (class-refs.ts): what drivers call. */
export function phpRunClasses(input: TargetInput): ReadonlyMap<string, string> {
  return planRun(input).classes;
}

function planRun(input: TargetInput): PhpRun {
  const namespaces = new Map<string, string>();
  const neutral = input.neutralDefault ?? (() => undefined);
  const definitions: { id: string; def: Pick<Model, 'area'>; binding?: Pick<Binding, 'qualifier'> }[] = [
    ...input.models.map((m) => ({ id: m.id, def: m, binding: m.bindings.find((b) => b.language === 'php') })),
    ...(input.unions ?? []).map((u) => ({ id: u.id, def: u, binding: u.bindings.find((b) => b.language === 'php') })),
    ...(input.enums ?? []).map((e) => ({ id: e.id, def: e, binding: e.bindings.find((b) => b.language === 'php') })),
  ];
  for (const { id, def, binding } of definitions) if (binding) namespaces.set(id, placeFor(NAMESPACE_RULE, input.options.namespace, def, binding, neutral));
  const placeOf = (id: string) => namespaces.get(id);
  // Each binding carries its namespace and its references' as qualifiers, which the class names and `use` lines are read from.
  const models = input.models.map((model) => {
    const own = namespaces.get(model.id);
    return own === undefined ? model : { ...model, bindings: model.bindings.map((b) => (b.language === 'php' ? placeModelRefs(b, own, placeOf) : b)) };
  });
  const unions = new Map<string, { union: UnionModel; binding: UnionBinding; namespace: string }>();
  for (const union of input.unions ?? []) {
    const binding = union.bindings.find((b) => b.language === 'php');
    const namespace = namespaces.get(union.id);
    if (binding && namespace !== undefined) unions.set(union.id, { union, namespace, binding: { ...binding, qualifier: namespace, variants: binding.variants.map((v) => ({ ...v, type: placeTypeRefs(v.type, placeOf) })) } });
  }
  const primary = [...unions.values()].map(({ union, binding, namespace }) => ({ namespace, key: union.id, name: binding.name }));
  for (const e of input.enums ?? []) {
    const binding = e.bindings.find((b) => b.language === 'php');
    if (binding && namespaces.has(e.id)) primary.push({ namespace: namespaces.get(e.id) as string, key: e.id, name: binding.name });
  }
  const classes = phpClassNames(models, undefined, primary, [...unions.values()].flatMap(derivedClaims));
  return {
    namespaces,
    placedModels: models,
    placedUnions: unions,
    classes,
    implemented: implementedUnions(unions),
    context: { dates: input.options.dateTime === DATE_OPTION },
    models: new Map(models.map((m) => [m.id, m])),
    unions: new Map([...unions.values()].map((u) => [u.union.id, { ...u.union, bindings: [u.binding] }])),
  };
}

/** A union's reader, Unknown and wrapper classes, named after it. */
function derivedClaims({ union, binding, namespace }: { union: UnionModel; binding: UnionBinding; namespace: string }) {
  return [
    { namespace, key: readerKey(union.id), name: `${binding.name}Reader` },
    { namespace, key: unknownKey(union.id), name: `${binding.name}Unknown` },
    ...binding.variants.filter(wraps).map((v) => ({ namespace, key: wrapperKey(union.id, v.id), name: `${binding.name}${pascalCase(v.id)}` })),
  ];
}

/** Which union interfaces each object model implements: those it is an unwrapped variant of. */
function implementedUnions(unions: ReadonlyMap<string, { union: UnionModel; binding: UnionBinding; namespace: string }>): Map<string, ModelType[]> {
  const implemented = new Map<string, ModelType[]>();
  for (const { union, binding, namespace } of unions.values()) {
    const ref: ModelType = { kind: 'model', modelId: union.id, name: binding.name, qualifier: namespace, modelKind: 'union' };
    for (const variant of binding.variants.filter((v) => !wraps(v))) {
      const id = (variant.type as ModelType).modelId;
      if (!(implemented.get(id) ?? []).some((r) => r.modelId === union.id)) implemented.set(id, [...(implemented.get(id) ?? []), ref]);
    }
  }
  return implemented;
}

function folders(namespace: string, psr4Prefix: string): string[] {
  const prefix = trimPrefix(psr4Prefix);
  if (prefix === '') return namespace.split('\\');
  if (namespace === prefix) return [];
  if (namespace.startsWith(`${prefix}\\`)) return namespace.slice(prefix.length + 1).split('\\');
  throw new TargetError(`php: namespace \`${namespace}\` is outside \`psr4Prefix\` \`${psr4Prefix}\`, so composer's mapping cannot load it`, 'set `targets.php.namespace` inside the prefix, or `psr4Prefix` to the prefix composer.json maps');
}

/** The runtime of one namespace, in its folder; its header says what it is, since listing the specs whose models use it would grow with them. */
function runtimeFiles(folder: string, namespace: string, modelSpecs: readonly string[], templates: TemplateEngine, flags: { unions: boolean; dates: boolean }): RenderedFile[] {
  const specs = [...new Set(modelSpecs)].sort();
  return RUNTIME_FILES.map((name) => ({
    path: `${folder}/${name}.php`,
    contents: templates.render('php', `${name}.php.hbs`, { header: docComment([headerText({ shared: `the ${name} class of namespace ${namespace}` })], 0), namespace, ...flags }),
    specs,
  }));
}
