/**
 * Resolves what a run does from its flags, the config file and the defaults,
 * in that order of precedence. Flags' paths are relative to the working
 * folder, the config's to the config's folder; both come out relative to
 * the working folder, for messages, and the spec names in headers relative
 * to the project root (src/config/project-root.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultCacheDir } from '../cache/cache-location';
import { loadConfig } from '../config/config';
import { projectRoot, specName } from '../config/project-root';
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { AreaOverrides } from '../docs/normalize/area';
import { didYouMean } from '../docs/normalize/name-keys';
import { NameOverrides } from '../openapi/name-overrides';
import { TargetRun } from '../pipeline';
import { LANGUAGE_ALIASES, TARGET_NAMES, targetByLangFlag } from '../targets/registry';

export const DEFAULT_SPECS = ['specs'];
export const DEFAULT_OUT = 'generated';

export interface CommonFlags {
  readonly specs?: string[];
  readonly out?: string;
  readonly lang?: string[];
  readonly templates?: string;
  readonly config?: string;
  readonly contract?: string;
  readonly cacheDir?: string;
}

export interface RunOptions {
  /** The config file read, if any. */
  readonly configFile?: string;
  /** A spec file's name in headers (relative to the project root), from its path as given to the run. */
  readonly nameOf: (file: string) => string;
  readonly specs: readonly string[];
  readonly out: string;
  readonly templates?: string;
  /** The OpenAPI document to check the docs against, if any. */
  readonly contract?: string;
  readonly contractNames: Readonly<Record<string, string>>;
  /** The input-hash cache's folder. */
  readonly cacheDir: string;
  readonly runs: readonly TargetRun[];
  /** The config's `areas`, overriding the areas read from the docs. */
  readonly areas?: AreaOverrides;
  /** The config's `names`, for OpenAPI input. */
  readonly names?: NameOverrides;
}

export function resolveRunOptions(flags: CommonFlags, cwd: string, bag: DiagnosticBag): RunOptions {
  const config = loadConfig(flags.config, cwd, bag);
  const shown = (p: string) => path.relative(cwd, p) || '.';
  const templates = flags.templates ?? (config.templates && shown(config.templates));
  if (templates !== undefined) checkTemplatesFolder(templates, cwd, flags.templates === undefined ? config.file : undefined, bag);
  // With a config file, the defaults too are relative to its folder: `cd specs && modelgen check` finds ../specs.
  const base = config.file ? path.dirname(path.resolve(cwd, config.file)) : cwd;
  const specs = flags.specs ?? (config.specs ?? DEFAULT_SPECS.map((p) => path.resolve(base, p))).map(shown);
  const root = projectRoot(config.file, cwd, specs[0] ?? '.');
  return {
    configFile: config.file,
    nameOf: (file) => specName(root, path.resolve(cwd, file)),
    specs,
    out: flags.out ?? shown(config.out ?? path.resolve(base, DEFAULT_OUT)),
    templates,
    contract: flags.contract ?? (config.contract && shown(config.contract)),
    contractNames: config.contractNames ?? {},
    cacheDir: flags.cacheDir ?? config.cacheDir ?? defaultCacheDir(base),
    runs: targetRuns(flags.lang?.flatMap((l) => l.split(',')).map((l) => l.trim()).filter((l) => l !== '') ?? config.languages ?? TARGET_NAMES, config.targets, bag),
    areas: config.areas,
    names: config.names,
  };
}

function targetRuns(languages: readonly string[], configured: Readonly<Record<string, Readonly<Record<string, string>>>>, bag: DiagnosticBag): TargetRun[] {
  const runs: TargetRun[] = [];
  for (const name of languages) {
    const target = targetByLangFlag(name);
    if (!target) {
      bag.add('unknownTarget', `unknown language \`${name}\` in --lang${didYouMean(name, TARGET_NAMES, LANGUAGE_ALIASES)}`);
      continue;
    }
    if (runs.some((r) => r.target === target)) continue;
    const defaults = Object.fromEntries(target.options.map((o) => [o.key, o.default]));
    const { dir, ...options } = { ...defaults, ...configured[target.name] };
    runs.push({ target, options, dir: dir ?? target.name });
  }
  return runs;
}

/** An override folder that is not there would silently leave every built-in template in place. */
function checkTemplatesFolder(dir: string, cwd: string, configFile: string | undefined, bag: DiagnosticBag): void {
  const full = path.resolve(cwd, dir);
  if (fs.existsSync(full) && fs.statSync(full).isDirectory()) return;
  const from = configFile ? `\`templates\` in ${configFile}` : '--templates';
  bag.add('templatesMissing', `${from} names '${dir}', which is not a folder`);
}
