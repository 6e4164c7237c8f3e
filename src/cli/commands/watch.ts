/**
 * `generate --watch`: one run now, then one run per burst of changes to the
 * specs, the template overrides or the config. A bad spec prints its
 * diagnostics and the watcher waits for the fix; Ctrl-C exits cleanly.
 *
 * chokidar does the watching (loaded only here): it follows a file through
 * every way editors save it (in place, or a temporary file renamed over it),
 * and files that `git checkout` deletes and recreates.
 */
import * as path from 'node:path';
import { CONFIG_FILE_NAMES } from '../../config/project-root';
import { DiagnosticBag } from '../../diagnostics/diagnostic';
import { isSpecFile } from '../../load/load-specs';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';
import { resolveRunOptions, RunOptions } from '../run-options';
import { generate, GenerateFlags } from './generate';

/** Editors save in bursts (write, rename, chmod); one run covers them all. */
export const DEBOUNCE_MS = 150;

export async function watch(flags: GenerateFlags, reporter: Reporter): Promise<number> {
  const cwd = process.cwd();
  const bag = new DiagnosticBag();
  const options = resolveRunOptions(flags, cwd, bag);
  if (bag.hasErrors) {
    reporter.diagnostics(bag.all);
    return EXIT_USAGE;
  }
  const { watch: chokidar } = await import('chokidar');
  const relevant = isInput(options, cwd);
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
    const watcher = chokidar(watchedPaths(options, cwd), { ignoreInitial: true, ignored: (file) => /(^|[/\\])(node_modules|\.git)([/\\]|$)/.test(file) });
    watcher.on('all', (_event, file) => {
      if (!relevant(file)) return;
      changed.add(path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/'));
      clearTimeout(timer);
      timer = setTimeout(rerun, DEBOUNCE_MS);
    });
    const stop = () => {
      clearTimeout(timer);
      void watcher.close().then(() => running).then(() => resolve(EXIT_OK));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    watcher.on('ready', () => reporter.out('watching for changes (Ctrl-C to stop)'));
  });
}

/** The config file, or, without one, where one would be found first. */
function configPaths(options: RunOptions, cwd: string): string[] {
  return (options.configFile ? [options.configFile] : CONFIG_FILE_NAMES.map((name) => path.join(cwd, name))).map((p) => path.resolve(cwd, p));
}

function watchedPaths(options: RunOptions, cwd: string): string[] {
  return [...options.specs, ...(options.templates ? [options.templates] : [])].map((p) => path.resolve(cwd, p)).concat(configPaths(options, cwd));
}

/**
 * Whether a changed file is an input: a spec file under a spec path, a
 * template under the template folder, or the config. Everything else, the
 * editors' temporary and backup files and the output modelgen itself writes
 * (even with `out: .`, where the output shares a folder with the specs), is not.
 */
function isInput(options: RunOptions, cwd: string): (file: string) => boolean {
  const within = (dir: string, file: string) => file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  const specs = options.specs.map((p) => path.resolve(cwd, p));
  const templates = options.templates && path.resolve(cwd, options.templates);
  const configs = new Set(configPaths(options, cwd));
  return (file) => {
    const full = path.resolve(cwd, file);
    if (configs.has(full)) return true;
    if (templates && within(templates, full)) return full.endsWith('.hbs');
    // `.json` too: an OpenAPI document may be JSON (a `package.json` beside the specs only costs a run that changes nothing).
    return (isSpecFile(full) || full.toLowerCase().endsWith('.json')) && specs.some((dir) => within(dir, full));
  };
}
