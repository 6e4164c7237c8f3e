/**
 * Resolves what a run does from its flags, the config file and the defaults,
 * in that order of precedence.
 */
import { loadConfig } from '../config/config';
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { AreaOverrides } from '../normalize/area';
import { TargetRun } from '../pipeline';
import { findTarget, TARGET_NAMES } from '../targets/registry';

export const DEFAULT_SPECS = ['specs'];
export const DEFAULT_OUT = 'generated';

export interface CommonFlags {
  readonly specs?: string[];
  readonly out?: string;
  readonly lang?: string[];
  readonly templates?: string;
  readonly config?: string;
  readonly contract?: string;
}

export interface RunOptions {
  /** The config file read, if any. */
  readonly configFile?: string;
  readonly specs: readonly string[];
  readonly out: string;
  readonly templates?: string;
  /** The OpenAPI document to check the docs against, if any. */
  readonly contract?: string;
  readonly contractNames: Readonly<Record<string, string>>;
  readonly runs: readonly TargetRun[];
  /** The config's `areas`, overriding the areas read from the docs. */
  readonly areas?: AreaOverrides;
}

export function resolveRunOptions(flags: CommonFlags, cwd: string, bag: DiagnosticBag): RunOptions {
  const config = loadConfig(flags.config, cwd, bag);
  const languages = flags.lang?.flatMap((l) => l.split(',')).map((l) => l.trim()).filter((l) => l !== '') ?? config.languages ?? TARGET_NAMES;
  const runs: TargetRun[] = [];
  for (const name of languages) {
    const target = findTarget(name);
    if (!target) {
      bag.add('unknownTarget', `unknown language \`${name}\` in --lang`);
      continue;
    }
    const configured = config.targets[name] ?? {};
    const defaults = Object.fromEntries(target.options.map((o) => [o.key, o.default]));
    const { dir, ...options } = { ...defaults, ...configured };
    runs.push({ target, options, dir: dir ?? target.name });
  }
  return {
    configFile: config.file,
    specs: flags.specs ?? config.specs ?? DEFAULT_SPECS,
    out: flags.out ?? config.out ?? DEFAULT_OUT,
    templates: flags.templates ?? config.templates,
    contract: flags.contract ?? config.contract,
    contractNames: config.contractNames ?? {},
    runs,
    areas: config.areas,
  };
}
