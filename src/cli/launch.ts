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
 */
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { userCacheDir } from '../cache/cache-location';
import { startUnoptimised } from '../optimizer';

export interface Launched {
  /** The bundle's exports: `main`, as src/cli/main.ts exports it. */
  readonly exports: { main(argv: readonly string[]): Promise<number> };
  /** Whether V8 took the cached code: false when there was none or it did not match. */
  readonly cacheAccepted: boolean;
  /** Writes the code cache when it was missing or rejected; call once the run is over, so it covers what the run compiled. */
  saveCodeCache(): void;
}

export function launchBundle(bundle: string, cacheDir = path.join(userCacheDir(), 'code-cache')): Launched {
  startUnoptimised();
  const source = fs.readFileSync(bundle, 'utf8');
  const cacheFile = path.join(cacheDir, `${pathTag(bundle)}-${process.version}-${process.arch}.bin`);
  const cachedData = readIfThere(cacheFile);
  const script = new vm.Script(wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} as Launched['exports'] };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  const cacheAccepted = cachedData !== undefined && !script.cachedDataRejected;
  // Under the flags the run started with, which a large run changed (src/optimizer.ts).
  const save = () => (startUnoptimised(), writeQuietly(cacheFile, script.createCachedData()));
  return { exports: module.exports, cacheAccepted, saveCodeCache: () => cacheAccepted || save() };
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

/** Beside the target, then renamed over it: a concurrent run reads the old bytes or the new ones, never half of them. */
function writeQuietly(file: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, bytes, { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // The folder itself is unusable: there is nothing to clean up.
    }
  }
}
