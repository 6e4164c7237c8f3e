import { applyPlan } from '../../write/apply';
import { displayPath, planWrite } from '../../write/plan';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags } from '../run-options';
import { prepare } from './prepare';

export interface GenerateFlags extends CommonFlags {
  readonly dryRun?: boolean;
  readonly quiet?: boolean;
}

const VERBS = { create: 'created', update: 'updated', delete: 'deleted' } as const;
const DRY_VERBS = { create: 'would create', update: 'would update', delete: 'would delete' } as const;

export async function generate(flags: GenerateFlags, reporter: Reporter): Promise<number> {
  const prepared = await prepare(flags, reporter);
  if (typeof prepared === 'number') return prepared;
  const { options, rendered } = prepared;
  const plan = planWrite(options.out, rendered.files, rendered.byTarget);
  if (plan.problems.length > 0) {
    reporter.diagnostics(plan.problems);
    reporter.err('nothing was written');
    return EXIT_USAGE;
  }
  if (!flags.dryRun) applyPlan(plan);
  const verbs = flags.dryRun ? DRY_VERBS : VERBS;
  if (!flags.quiet) {
    for (const change of plan.changes) reporter.out(`${verbs[change.kind]} ${displayPath(options.out, change.path)}`);
    const n = plan.changes.length;
    reporter.out(`${n} file${n === 1 ? '' : 's'} ${flags.dryRun ? 'would change' : 'changed'}, ${plan.unchanged.length} unchanged`);
  }
  return EXIT_OK;
}
