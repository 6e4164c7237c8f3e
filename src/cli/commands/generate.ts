import { removeLegacyCache } from '../../cache/legacy-cache';
import { relieveMemory } from '../../memory';
import { applyPlan } from '../../write/apply';
import { displayPath, planWrite } from '../../write/plan';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { CommonFlags } from '../run-options';
import { CacheFlags, neutralDefaultsNote, prepare } from './prepare';

export interface GenerateFlags extends CommonFlags, CacheFlags {
  readonly dryRun?: boolean;
}

const VERBS = { create: 'created', update: 'updated', delete: 'deleted' } as const;
const DRY_VERBS = { create: 'would create', update: 'would update', delete: 'would delete' } as const;

export async function generate(flags: GenerateFlags, reporter: Reporter): Promise<number> {
  const meter = reporter.meter;
  meter.reset();
  const prepared = await prepare(flags, process.cwd(), meter);
  if (!prepared.ok) {
    reporter.diagnostics(prepared.diagnostics);
    return EXIT_USAGE;
  }
  const { options, rendered } = prepared;
  reporter.verbose(prepared.cacheSummary);
  const note = neutralDefaultsNote(rendered.neutralDefaults);
  if (note) reporter.note(note);
  const plan = meter.time('compare', () => planWrite(options.out, rendered.files, rendered.byTarget, (file) => prepared.cache.readOutput(file)));
  if (plan.problems.length > 0) {
    reporter.diagnostics(plan.problems);
    reporter.err('nothing was written');
    return EXIT_USAGE;
  }
  if (!flags.dryRun) {
    const failed = meter.time('write', () => applyPlan(plan));
    if (failed.length > 0) {
      reporter.diagnostics(failed);
      return EXIT_USAGE;
    }
    // After the files: a cache that runs ahead of the disk would only be distrusted, but one that lags costs nothing.
    // Its text is a few copies of everything the run validated: the garbage of rendering goes first.
    relieveMemory(true);
    const cacheProblems = [...prepared.cache.save(), ...removeLegacyCache(options.out)];
    if (cacheProblems.length > 0) {
      reporter.diagnostics(cacheProblems);
      return EXIT_USAGE;
    }
  }
  const verbs = flags.dryRun ? DRY_VERBS : VERBS;
  for (const change of plan.changes) reporter.info(`${verbs[change.kind]} ${displayPath(options.out, change.path)}`);
  for (const file of plan.unchanged) reporter.verbose(`unchanged ${displayPath(options.out, file)}`);
  const n = plan.changes.length;
  reporter.info(`${n} file${n === 1 ? '' : 's'} ${flags.dryRun ? 'would change' : 'changed'}, ${plan.unchanged.length} unchanged`);
  reporter.verbose(meter.summary());
  return EXIT_OK;
}
