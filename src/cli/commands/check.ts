import { unifiedDiff } from '../../write/unified-diff';
import { Change, displayPath, planWrite } from '../../write/plan';
import { EXIT_DRIFT, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags } from '../run-options';
import { prepare } from './prepare';

const STATUS = { create: 'missing', update: 'stale', delete: 'orphaned' } as const;

/** Renders in memory and compares with the output folder. Writes nothing. */
export async function check(flags: CommonFlags, reporter: Reporter): Promise<number> {
  const prepared = await prepare(flags, reporter);
  if (typeof prepared === 'number') return prepared;
  const { options, rendered } = prepared;
  const plan = planWrite(options.out, rendered.files, rendered.byTarget);
  if (plan.problems.length > 0) {
    reporter.diagnostics(plan.problems);
    return EXIT_USAGE;
  }
  if (plan.changes.length === 0) {
    reporter.out(`${plan.unchanged.length} generated files are up to date`);
    return EXIT_OK;
  }
  for (const change of plan.changes) reporter.out(describeChange(options.out, change));
  const n = plan.changes.length;
  reporter.out(`${n} file${n === 1 ? ' is' : 's are'} out of date; run \`modelgen generate\` to update ${n === 1 ? 'it' : 'them'}`);
  return EXIT_DRIFT;
}

function describeChange(out: string, change: Change): string {
  const file = displayPath(out, change.path);
  const diff = unifiedDiff(change.before ?? '', change.after ?? '', change.kind === 'create' ? '/dev/null' : `a/${file}`, change.kind === 'delete' ? '/dev/null' : `b/${file}`);
  return `${STATUS[change.kind]}: ${file}\n${diff}`;
}
