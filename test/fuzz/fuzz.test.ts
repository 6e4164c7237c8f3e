/**
 * Thousands of seeded mutations of the seed specs and MINIMAL_SPEC, each run
 * through the real stages. Every case must end in output or in diagnostics
 * that point into the spec; none may throw, and memory stays bounded.
 * Replay a failure with MODELGEN_FUZZ_SEED / MODELGEN_FUZZ_CASES; a case's
 * PRNG is seeded with SEED + its index.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { prepare } from '../../src/cli/commands/prepare';
import { Diagnostic } from '../../src/diagnostics/diagnostic';
import { TARGET_NAMES } from '../../src/targets/registry';
import { pathTextProblem } from '../../src/write/safe-path';
import { defaultRuns, REPO_ROOT } from '../support/render';
import { MINIMAL_SPEC } from '../support/specs';
import { mutate, SpecFile } from './mutators';
import { Random } from './prng';
import { runCase } from './run-case';

const CASES = Number(process.env.MODELGEN_FUZZ_CASES ?? 2000);
const SEED = Number(process.env.MODELGEN_FUZZ_SEED ?? 0x5eed);
/** Rendering seven targets is the slow part; every RENDER_EVERY-th case that gets that far is rendered. */
const RENDER_EVERY = 5;
/** A sample also goes through the CLI's own path (file on disk, decode, render, refuse on errors). */
const PREPARE_EVERY = 80;
/** Diagnostics about the run rather than a place in a spec. */
const RUN_LEVEL = new Set(['MG205', 'MG206']);

const PAGES: readonly SpecFile[] = ['directory.mdx', 'directory-group.mdx'].map((name) => ({
  path: `specs/${name}`,
  text: fs.readFileSync(path.join(REPO_ROOT, 'specs', name), 'utf8'),
}));
const MINIMAL: SpecFile = { path: 'specs/widget.yaml', text: MINIMAL_SPEC };
/** The seed pages take ten times longer to parse than MINIMAL_SPEC; it gets most cases, so more of them fit. */
const pickSeed = (random: Random) => (random.chance(0.7) ? MINIMAL : random.pick(PAGES));

/** The heap still in use after a full collection: garbage would hide a leak or make a bound meaningless. */
function liveHeap(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

function locationProblem(d: Diagnostic, file: string): string | undefined {
  if (d.severity !== 'error' || RUN_LEVEL.has(d.code)) return undefined;
  if (!d.location) return `${d.code} has no location: ${d.message}`;
  const { line, column } = d.location;
  if (d.location.file !== file || !(line >= 1) || !(column >= 1)) return `${d.code} has a bad location ${JSON.stringify(d.location)}`;
  return undefined;
}

function describeCase(index: number, names: readonly string[], spec: SpecFile): string {
  return `case ${index} (${names.join(' + ')} on ${spec.path})`;
}

describe('fuzz: malformed specs', () => {
  const runs = defaultRuns(TARGET_NAMES);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-fuzz-'));
  const codes = new Map<string, number>();
  const failures: string[] = [];
  let rendered = 0;
  let clean = 0;
  let prepared = 0;
  let heapGrowth = 0;

  beforeAll(async () => {
    const heapBefore = liveHeap();
    for (let index = 0; index < CASES; index++) {
      const random = new Random(SEED + index);
      const spec = pickSeed(random);
      const { names, bytes } = mutate(spec, random);
      const what = describeCase(index, names, spec);
      try {
        const result = await runCase(spec.path, bytes, () => (clean++ % RENDER_EVERY === 0 ? runs : undefined));
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        failures.push(...result.diagnostics.map((d) => locationProblem(d, spec.path)).filter((p) => p !== undefined).map((p) => `${what}: ${p}`));
        const first = errors[0]?.code ?? (result.rendered ? 'rendered' : 'clean');
        codes.set(first, (codes.get(first) ?? 0) + 1);
        if (result.rendered && errors.length === 0) rendered++;
        if (index % PREPARE_EVERY === 0) {
          failures.push(...(await throughCli(dir, spec, bytes, errors.length > 0)).map((p) => `${what}: ${p}`));
          prepared++;
        }
      } catch (error) {
        failures.push(`${what} threw: ${(error as Error).stack}`);
      }
      if (index % 250 === 249) heapGrowth = Math.max(heapGrowth, liveHeap() - heapBefore);
    }
    // Generous for a loaded 2-core machine; a hang still ends here.
  }, 300_000);

  test('no case throws, and every error points into the spec', () => {
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('the mutations reach every kind of bad input', () => {
    for (const code of ['MG003', 'MG004', 'MG005', 'MG006', 'MG007', 'MG010', 'MG011', 'MG013', 'MG014', 'MG015', 'MG016', 'MG020', 'MG023']) {
      expect([code, (codes.get(code) ?? 0) > 0]).toEqual([code, true]);
    }
    expect(rendered).toBeGreaterThan(CASES / 100);
    expect(prepared).toBeGreaterThan(10);
  });

  test('memory stays bounded (no alias or nesting blow-up)', () => {
    expect(heapGrowth).toBeLessThan(256 * 1024 * 1024);
  });
});

/** The CLI's path on the same bytes: it refuses exactly when the stages report an error, and then lists only errors. */
async function throughCli(dir: string, spec: SpecFile, bytes: Buffer, hasErrors: boolean): Promise<string[]> {
  const file = path.join(dir, 'specs', path.basename(spec.path));
  fs.rmSync(path.join(dir, 'specs'), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  const result = await prepare({ specs: [path.dirname(file)], out: path.join(dir, 'out') }, dir);
  const problems: string[] = [];
  if (result.ok === hasErrors) problems.push(`prepare() returned ok=${result.ok} but the stages reported errors=${hasErrors}`);
  if (!result.ok && result.diagnostics.some((d) => d.severity !== 'error')) problems.push('prepare() refused with non-error diagnostics');
  if (result.ok) problems.push(...result.rendered.files.map((f) => pathTextProblem(f.path)).filter((p) => p !== undefined));
  return problems;
}
