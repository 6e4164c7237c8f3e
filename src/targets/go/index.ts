/**
 * Go: one file per model in `go/<package>/`, structs with `json` tags, string
 * enum types, and `modelgen_types.go` with `Nullable` where a package needs it.
 * Each area gets its own package by default; a field naming another area's
 * model imports that package through the `module` path.
 */
import { Area, AREA_CASES, areaAware, modelArea, withArea } from '../../ir/area';
import { TypeDefinition } from '../../ir/model';
import { TemplateEngine } from '../../render/template-engine';
import { RenderedFile, Target, TargetError, TargetInput } from '../target';
import { packageFromQualifier, packageProblem } from './naming';
import { checkPackageImports, packageImports } from './package-imports';
import { GoEnum, GoModel, GoPackageMembers, GoUnion, planPackages } from './package-plan';
import { TIME_TYPE } from './types';
import { buildPackage, goHeader } from './view-model';

const DATE_TIME_CHOICES = ['string', TIME_TYPE];
const modulePattern = /^[A-Za-z0-9][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9._~-]+)*$/;

export const goTarget: Target = {
  name: 'go',
  language: 'go',
  header: goHeader,
  options: [
    {
      key: 'package',
      description: 'Go package name and folder under the output folder; `{area}` is the area (`directorysync`); empty: the package of each spec\'s Go title, else its area',
      default: '',
      validate: (value) => (value === '' ? undefined : areaAware(packageProblem, AREA_CASES.joined)(value)),
    },
    {
      key: 'dateTime',
      description: 'the Go type of a `date-time` string: `string`, or `time.Time` (read and written back as the exact text sent)',
      default: 'string',
      validate: (value) => (DATE_TIME_CHOICES.includes(value) ? undefined : 'must be `string` or `time.Time`'),
    },
    {
      key: 'module',
      description: 'import path of the Go output folder (its go.mod module, e.g. `github.com/acme/sdk/models`); needed when a model refers to another package\'s',
      default: '',
      validate: (value) => (value === '' || modulePattern.test(value) ? undefined : 'must be a Go module path such as github.com/acme/sdk/models'),
    },
  ],
  render(input: TargetInput, templates: TemplateEngine): RenderedFile[] {
    const plan = planPackages(groupByPackage(input));
    const module = input.options.module ?? '';
    checkPackageImports(packageImports(plan), module);
    const settings = { module, dateTimeAsTime: input.options.dateTime === TIME_TYPE };
    return plan.packages.flatMap((pkg) =>
      buildPackage(pkg, plan, settings).map(({ stem, specs, template, view }) => ({
        path: `${input.dir}/${pkg.packageName}/${stem}.go`,
        contents: templates.render('go', template, view),
        specs,
      })),
    );
  },
};

/** The Go package of a model: the `package` option with its area, else its area, which the docs' Go title names. */
function packageOf(option: string, area: Area, qualifier: string | undefined): string {
  // Without an area (a model built by hand, or docs naming none) the title's qualifier still names the package.
  if (option === '') return packageFromQualifier(area.from === 'default' ? qualifier : AREA_CASES.joined(area));
  const name = withArea(option, area, AREA_CASES.joined);
  const problem = packageProblem(name);
  if (problem) throw new TargetError(`go: package \`${name}\` (from \`${option}\`) ${problem}`, 'change `targets.go.package` or the area in `areas`');
  return name;
}

/** The models, unions and enums Go documents, by package. */
function groupByPackage(input: TargetInput): Map<string, GoPackageMembers> {
  const packages = new Map<string, { models: GoModel[]; unions: GoUnion[]; enums: GoEnum[] }>();
  const membersOf = (definition: TypeDefinition, qualifier: string | undefined) => {
    const name = packageOf(input.options.package ?? '', modelArea(definition), qualifier);
    const members = packages.get(name) ?? { models: [], unions: [], enums: [] };
    packages.set(name, members);
    return members;
  };
  for (const model of input.models) {
    const binding = model.bindings.find((b) => b.language === 'go');
    if (binding) membersOf(model, binding.qualifier).models.push({ model, binding });
  }
  for (const union of input.unions ?? []) {
    const binding = union.bindings.find((b) => b.language === 'go');
    if (binding) membersOf(union, binding.qualifier).unions.push({ union, binding });
  }
  for (const named of input.enums ?? []) {
    const binding = named.bindings.find((b) => b.language === 'go');
    if (binding) membersOf(named, binding.qualifier).enums.push({ enum: named, binding });
  }
  return packages;
}
