/**
 * Runs the bundled CLI (dist/modelgen.js) through a V8 code cache, which
 * Node 20 has no built-in switch for: the bundle is compiled as a
 * `vm.Script` with the bytes a previous run left in the user's cache folder
 * (`$XDG_CACHE_HOME/modelgen/code-cache/`), so V8 deserialises its code
 * instead of parsing and compiling a megabyte of JavaScript. V8 checks the
 * bytes against the source and its own version and flags, and rejects any
 * that do not match (a rebuilt bundle, another Node): the run then compiles
 * as usual and leaves fresh bytes behind. The code cache is only ever a
 * shortcut: a folder that cannot be read or written costs time, never the run.
 *
 * Each kind of run keeps its own file (codeCacheTag): V8 deserialises all
 * of a cache's code up front, so `--help` should not pay for the renderers a
 * `generate` compiled, and a help run can start without the flags (and the
 * `v8` module) the other runs need. The file's first byte is the set of
 * parts (rendering, each target's renderer) the runs that wrote it used
 * (src/code-reach.ts): a run that used one more writes it again, so it
 * holds every renderer once runs of its kind have rendered each.
 */
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { userCacheDir } from '../cache/cache-location';
import { startUnoptimised } from '../optimizer';

export interface Launched {
  /** The bundle's exports: `main`, as src/cli/main.ts exports it. */
  readonly exports: { main(argv: readonly string[]): Promise<number>; codeReach(): number };
  /** Whether V8 took the cached code: false when there was none or it did not match. */
  readonly cacheAccepted: boolean;
  /** Writes the code cache when it was missing, rejected, or made by runs that used less of the bundle; call once the run is over, so it covers what the run compiled. */
  saveCodeCache(): void;
}

/** The commands whose runs compile different parts of the bundle. */
const COMMANDS = new Set(['generate', 'check', 'lint', 'ir', 'templates']);
const HELP_FLAGS = new Set(['-h', '--help', '-V', '--version', 'help']);

/** Which code cache a run with these arguments uses: `help` for help and version, else its command (`other` for a mistyped one). */
export function codeCacheTag(argv: readonly string[]): string {
  if (argv.length === 0 || argv.some((a) => HELP_FLAGS.has(a))) return 'help';
  const command = argv.find((a) => !a.startsWith('-')) ?? '';
  return COMMANDS.has(command) ? command : 'other';
}

export function launchBundle(bundle: string, argv: readonly string[], cacheDir = path.join(userCacheDir(), 'code-cache')): Launched {
  const tag = codeCacheTag(argv);
  // A help run is short whatever the compiler does; it skips loading `v8` to set flags.
  const flagged = tag !== 'help';
  if (flagged) startUnoptimised();
  // ASCII, as the build makes sure (scripts/bundle.js): Latin-1 reads it as a one-byte string, without decoding.
  const source = fs.readFileSync(bundle, 'latin1');
  const cacheFile = path.join(cacheDir, `${pathTag(bundle)}-${tag}-${process.version}-${process.arch}.bin`);
  const cached = readIfThere(cacheFile);
  const cachedReach = cached?.[0] ?? 0;
  const cachedData = cached?.subarray(1);
  const script = new vm.Script(wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} as Launched['exports'] };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  const cacheAccepted = cachedData !== undefined && !script.cachedDataRejected;
  // Under the flags the run started with, which a large run changed (src/optimizer.ts).
  const save = (reached: number) => (flagged && startUnoptimised(), writeQuietly(cacheFile, [Uint8Array.of(reached), script.createCachedData()]));
  const saveCodeCache = () => {
    const reached = module.exports.codeReach();
    if (!cacheAccepted) {
      save(reached);
      // The one file per bundle that versions before the tags kept.
      removeQuietly(path.join(cacheDir, `${pathTag(bundle)}-${process.version}-${process.arch}.bin`));
    } else if ((reached & ~cachedReach) !== 0) {
      // A cache V8 took holds the code it had as well as what this run compiled.
      save(reached | cachedReach);
    }
  };
  return { exports: module.exports, cacheAccepted, saveCodeCache };
}

/** One file per installed bundle (FNV-1a of its path), so two installs sharing the folder do not keep replacing each other's. */
function pathTag(file: string): string {
  let hash = 0x811c9dc5;
  for (const char of path.resolve(file)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left for the user to delete: it is never read.
  }
}

/** Beside the target, then renamed over it: a concurrent run reads the old bytes or the new ones, never half of them. */
function writeQuietly(file: string, parts: readonly Uint8Array[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, Buffer.concat(parts), { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // The folder itself is unusable: there is nothing to clean up.
    }
  }
}
