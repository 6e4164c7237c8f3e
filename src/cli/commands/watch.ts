/**
 * `generate --watch`: one run now, then one run per burst of changes to the
 * specs, the template overrides or the config. A bad spec prints its
 * diagnostics and the watcher waits for the fix; Ctrl-C exits cleanly.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticBag } from '../../diagnostics/diagnostic';
import { DEFAULT_CONFIG_FILE } from '../../config/config';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { resolveRunOptions } from '../run-options';
import { generate, GenerateFlags } from './generate';

/** Editors save in bursts (write, rename, chmod); one run covers them all. */
export const DEBOUNCE_MS = 150;

export async function watch(flags: GenerateFlags, reporter: Reporter): Promise<number> {
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, process.cwd(), bag);
  if (bag.hasErrors) {
    reporter.diagnostics(bag.all);
    return EXIT_USAGE;
  }
  const watched = [...options.specs, ...(options.templates ? [options.templates] : []), options.configFile ?? DEFAULT_CONFIG_FILE];
  const outDir = path.resolve(options.out);
  await generate(flags, reporter);

  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const changed = new Set<string>();
    const rerun = () => {
      const files = [...changed].sort();
      changed.clear();
      running = running.then(async () => {
        reporter.out(`change: ${files.join(', ')}`);
        await generate(flags, reporter);
        reporter.out('watching for changes (Ctrl-C to stop)');
      });
    };
    const onChange = (file: string) => {
      if (path.resolve(file).startsWith(outDir + path.sep)) return;
      changed.add(file);
      clearTimeout(timer);
      timer = setTimeout(rerun, DEBOUNCE_MS);
    };
    const watchers = watched.flatMap((p) => watchPath(p, onChange));
    const stop = () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      void running.then(() => resolve(EXIT_OK));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    reporter.out('watching for changes (Ctrl-C to stop)');
  });
}

/**
 * Watches a folder recursively, or a file through its folder: editors often
 * replace a file by renaming over it, which a watcher on the file itself misses.
 */
function watchPath(target: string, onChange: (file: string) => void): fs.FSWatcher[] {
  const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
  const dir = isDir ? target : path.dirname(target) || '.';
  if (!fs.existsSync(dir)) return [];
  const watcher = fs.watch(dir, { recursive: isDir }, (_event, name) => {
    if (name === null) return;
    const file = path.join(dir, name.toString());
    if (isDir || path.basename(file) === path.basename(target)) onChange(file);
  });
  return [watcher];
}
