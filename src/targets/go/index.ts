/**
 * Go: one file per model in `go/<package>/`, structs with `json` tags, string
 * enum types, and `modelgen_types.go` with `Nullable` where a package needs it.
 */
import { TemplateEngine } from '../../render/template-engine';
import { RenderedFile, Target, TargetInput } from '../target';
import { packageFromQualifier, packageProblem } from './naming';
import { GoModel, planPackages } from './package-plan';
import { buildPackage, goHeader } from './view-model';

export const goTarget: Target = {
  name: 'go',
  language: 'go',
  header: goHeader,
  options: [
    {
      key: 'package',
      description: 'Go package name and folder under the output folder; empty: from the spec title (`directorysync.Directory`), else `models`',
      default: '',
      validate: (value) => (value === '' ? undefined : packageProblem(value)),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const plan = planPackages(groupByPackage(input));
    return plan.packages.flatMap((pkg) =>
      buildPackage(pkg, plan).map(({ stem, specs, template, view }) => ({
        path: `${input.dir}/${pkg.packageName}/${stem}.go`,
        contents: templates.render('go', template, view),
        specs,
      })),
    );
  },
};

/** The models Go documents, by package: the `package` option, else each title's qualifier. */
function groupByPackage(input: TargetInput): Map<string, GoModel[]> {
  const packages = new Map<string, GoModel[]>();
  for (const model of input.models) {
    const binding = model.bindings.find((b) => b.language === 'go');
    if (!binding) continue;
    const name = input.options.package || packageFromQualifier(binding.qualifier);
    packages.set(name, [...(packages.get(name) ?? []), { model, binding }]);
  }
  return packages;
}
