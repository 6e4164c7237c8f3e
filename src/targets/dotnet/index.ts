/**
 * .NET: one C# file per public type in the `namespace` option's namespace,
 * Newtonsoft.Json attributes, C# 7.2 so Mono's `mcs` compiles it.
 */
import { Model } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { RenderedFile, Target, TargetInput } from '../target';
import { fileName, namespaceProblem } from './naming';
import { buildClassView, buildEnumView, EnumUse, enumTypeName } from './view-model';

export const DEFAULT_NAMESPACE = 'WorkOS';

export const dotnetTarget: Target = {
  name: 'dotnet',
  language: 'dotnet',
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
    for (const model of input.models) {
      const binding = model.bindings.find((b) => b.language === 'dotnet');
      if (!binding) continue;
      const view = buildClassView(model, binding, namespace);
      files.push({ path: `${input.dir}/${fileName(view.name)}`, contents: templates.render('dotnet', 'class.cs.hbs', view), specs: [model.source.path] });
    }
    for (const use of collectEnums(input.models).values()) {
      const view = buildEnumView(use, namespace);
      const specs = [...use.specs].sort();
      files.push({ path: `${input.dir}/${fileName(view.name)}`, contents: templates.render('dotnet', 'enum.cs.hbs', view), specs });
      files.push({ path: `${input.dir}/${fileName(view.converterName)}`, contents: templates.render('dotnet', 'converter.cs.hbs', view), specs });
    }
    return files;
  },
};

/** Enum types by C# name, in first-use order: a type several models use is declared once. */
function collectEnums(models: readonly Model[]): Map<string, EnumUse> {
  const uses = new Map<string, EnumUse>();
  for (const model of models) {
    const binding = model.bindings.find((b) => b.language === 'dotnet');
    for (const property of binding?.properties ?? []) {
      if (property.type.kind !== 'enum') continue;
      const name = enumTypeName(property.type);
      const use = uses.get(name) ?? { type: property.type, field: model.fields.find((f) => f.id === property.fieldId), specs: new Set<string>() };
      use.specs.add(model.source.path);
      uses.set(name, use);
    }
  }
  return uses;
}
