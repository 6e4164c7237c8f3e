/**
 * .NET: one C# file per public type in the `namespace` option's namespace,
 * Newtonsoft.Json, C# 7.2 so Mono's `mcs` compiles it. Every model reads and
 * writes through one helper file (`ModelJson.cs`), enums are expandable string enums.
 */
import { Model } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { RenderedFile, Target, TargetInput } from '../target';
import { bare, fileName, helperName, identifier, namespaceProblem } from './naming';
import { buildClassView, buildEnumView, dotnetHeader, EnumUse, enumTypeName, MODEL_JSON, VALIDATION_EXCEPTION } from './view-model';
import { enumsIn } from '../../ir/type-walk';

export const DEFAULT_NAMESPACE = 'WorkOS';

export const dotnetTarget: Target = {
  name: 'dotnet',
  language: 'dotnet',
  header: dotnetHeader,
  options: [
    {
      key: 'namespace',
      description: 'C# namespace of the generated types (dotted, e.g. WorkOS.DirectorySync)',
      default: DEFAULT_NAMESPACE,
      validate: namespaceProblem,
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const namespace = input.options.namespace ?? DEFAULT_NAMESPACE;
    const files: RenderedFile[] = [];
    const enums = collectEnums(input.models);
    const documented = documentedTypeNames(input.models, enums);
    const helper = helperName(MODEL_JSON, documented);
    const exception = helperName(VALIDATION_EXCEPTION, documented);
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'dotnet');
      if (!binding) continue;
      const view = buildClassView(model, binding, namespace, helper, exception);
      files.push({ path: `${input.dir}/${fileName(view.name)}`, contents: templates.render('dotnet', 'class.cs.hbs', view), specs: [model.source.name] });
    }
    // What every model reads and writes through, and what its strict reader throws.
    const specs = [...new Set(files.flatMap((f) => f.specs))].sort();
    if (specs.length > 0) {
      const header = (name: string) => dotnetHeader({ shared: `the ${name} class of namespace ${namespace}` });
      files.push({ path: `${input.dir}/${fileName(helper)}`, contents: templates.render('dotnet', 'model-json.cs.hbs', { header: header(helper), namespace, name: helper, exception }), specs });
      files.push({ path: `${input.dir}/${fileName(exception)}`, contents: templates.render('dotnet', 'model-validation-exception.cs.hbs', { header: header(exception), namespace, name: exception }), specs });
    }
    for (const use of enums.values()) {
      const view = buildEnumView(use, namespace, documented);
      const specs = [...use.specs].sort();
      files.push({ path: `${input.dir}/${fileName(view.name)}`, contents: templates.render('dotnet', 'enum.cs.hbs', view), specs });
      files.push({ path: `${input.dir}/${fileName(view.converterName)}`, contents: templates.render('dotnet', 'converter.cs.hbs', view), specs });
    }
    return files;
  },
};

/** The type names the run documents (models and enums), without `@`: helper types keep clear of them. */
function documentedTypeNames(models: readonly Model[], enums: ReadonlyMap<string, EnumUse>): Set<string> {
  const classes = models.flatMap((m) => m.bindings.filter((b) => b.language === 'dotnet').map((b) => bare(identifier(b.name, 'Model'))));
  return new Set([...classes, ...[...enums.keys()].map(bare)]);
}

/** Enum types by C# name, in first-use order: a type several models use is declared once. */
function collectEnums(models: readonly Model[]): Map<string, EnumUse> {
  const uses = new Map<string, EnumUse>();
  for (const model of models) {
    const binding = model.bindings.find((b) => b.language === 'dotnet');
    for (const property of binding?.properties ?? []) {
      for (const type of enumsIn(property.type)) {
        const name = enumTypeName(type);
        const use = uses.get(name) ?? { type, field: model.fields.find((f) => f.id === property.fieldId), specs: new Set<string>() };
        use.specs.add(model.source.name);
        uses.set(name, use);
      }
    }
  }
  return uses;
}
