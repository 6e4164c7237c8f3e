/**
 * Where a target's templates come from: `templates/<target>/`, overridden
 * file by file by `<override dir>/<target>/`. Kept apart from the engine so
 * the cache can fingerprint templates without loading Handlebars.
 *
 * A template is a plain readable file inside its template folder. Anything
 * else under a `.hbs` name (a folder, a dangling symlink, a symlink leading
 * out of the folder, an unreadable file) is refused with its path, never
 * followed and never a crash.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_ROOT } from '../package-root';
import { readRegularFile } from '../write/safe-read';

export const BUILTIN_TEMPLATES = path.join(PACKAGE_ROOT, 'templates');

/** Files named `_name.hbs` are partials (`__init__.py.hbs` is a template: its name starts with two). */
export const PARTIAL_FILE = /^_[^_].*\.hbs$/;

export interface TemplateFile {
  /** `builtin/<target>/<name>` or `override/<target>/<name>`: where it comes from, not where that is on this machine. */
  readonly label: string;
  readonly text: string;
}

/** A `.hbs` entry that cannot be used as a template; reported as MG211. */
export class TemplateUnusable extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`cannot use the template ${file}: ${reason}`);
  }
}

/** The folders templates are read from, most specific last. */
function templateRoots(overrideDir?: string): [string, string][] {
  return overrideDir ? [['builtin', BUILTIN_TEMPLATES], ['override', overrideDir]] : [['builtin', BUILTIN_TEMPLATES]];
}

/** The `.hbs` names in one target's folder of one root; none when the folder is absent. */
function templateNames(root: string, target: string): string[] {
  const dir = path.join(root, target);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new TemplateUnusable(dir, code ?? String(error));
  }
  return names.filter((f) => f.endsWith('.hbs')).sort();
}

/** The targets with a folder in any root. */
function templateTargets(overrideDir?: string): string[] {
  const names = templateRoots(overrideDir).flatMap(([, root]) => {
    try {
      return fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      return [];
    }
  });
  return [...new Set(names)].sort();
}

/**
 * Every `.hbs` file that can take part in rendering `target`: its own
 * templates and partials, and every other target's partials, which a
 * template may call as `{{> other/name}}`. Built-in and overriding alike.
 */
export function templateFiles(target: string, overrideDir?: string, reads = new TemplateReads()): TemplateFile[] {
  const files: TemplateFile[] = [];
  for (const folder of reads.targets(overrideDir)) {
    for (const [kind, root] of templateRoots(overrideDir)) {
      for (const name of reads.names(root, folder)) {
        if (folder === target || PARTIAL_FILE.test(name)) files.push({ label: `${kind}/${folder}/${name}`, text: reads.text(root, path.join(root, folder, name)) });
      }
    }
  }
  return files;
}

/**
 * What `templateFiles` read, kept for one pass over several targets (every
 * target takes in every partial), so each folder is listed and each file
 * read once. One pass only: `watch` makes a new one for each run, which
 * then sees edited templates.
 */
export class TemplateReads {
  private readonly listed = new Map<string, string[]>();
  private readonly read = new Map<string, string>();
  /** Each template folder's real path, taken once: every template read checks it stays inside. */
  private readonly realRoots = new Map<string, string>();
  private folders: string[] | undefined;

  targets(overrideDir?: string): string[] {
    this.folders ??= templateTargets(overrideDir);
    return this.folders;
  }

  names(root: string, target: string): string[] {
    const key = path.join(root, target);
    let names = this.listed.get(key);
    if (!names) this.listed.set(key, (names = templateNames(root, target)));
    return names;
  }

  text(root: string, file: string): string {
    let text = this.read.get(file);
    if (text === undefined) this.read.set(file, (text = readTemplate(this.realRoot(root), file)));
    return text;
  }

  private realRoot(root: string): string {
    let real = this.realRoots.get(root);
    if (real === undefined) this.realRoots.set(root, (real = fs.realpathSync.native(root)));
    return real;
  }

  /** A template's text, read under the rules of the folder it is in, remembered. */
  file(file: string, overrideDir?: string): string {
    return this.text(templateRoot(file, overrideDir), file);
  }
}

/** Every built-in `.hbs` file, as [target, file]. */
export function builtinTemplateNames(): [string, string][] {
  return templateTargets().flatMap((target) => templateNames(BUILTIN_TEMPLATES, target).map((file): [string, string] => [target, file]));
}

/** Partials of every target, by target: the engine registers them all, so what `templateFiles` covers is what can render. */
export function partialNames(overrideDir?: string): [string, string][] {
  const pairs = templateTargets(overrideDir).flatMap((target) => templateRoots(overrideDir).flatMap(([, root]) => templateNames(root, target).filter((f) => PARTIAL_FILE.test(f)).map((f): [string, string] => [target, f])));
  return [...new Map(pairs.map((p) => [p.join('/'), p])).values()].sort((a, b) => (a.join('/') < b.join('/') ? -1 : 1));
}

/** Whether `root/target/name` is there at all (a dangling symlink is: it is refused when read, not skipped). */
export function templateEntryExists(root: string, target: string, name: string): boolean {
  return fs.lstatSync(path.join(root, target, name), { throwIfNoEntry: false }) !== undefined;
}

/** The folder whose rules a template is read under: the override folder when it is in it, else the built-in one. */
function templateRoot(file: string, overrideDir?: string): string {
  return overrideDir && isInside(path.resolve(overrideDir), path.resolve(file)) ? overrideDir : BUILTIN_TEMPLATES;
}

/** A template's text, refused unless it is a readable plain file whose real path stays inside `realRoot`, its folder's real path. */
function readTemplate(realRoot: string, file: string): string {
  let real: string;
  try {
    real = fs.realpathSync.native(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TemplateUnusable(file, code === 'ENOENT' ? 'it is a symlink to nothing' : (code ?? String(error)));
  }
  if (!isInside(realRoot, real)) throw new TemplateUnusable(file, 'it is a symlink to a file outside the template folder');
  try {
    const bytes = readRegularFile(real, { followSymlink: false });
    if (bytes === undefined) throw new TemplateUnusable(file, 'it disappeared while it was read');
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof TemplateUnusable) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new TemplateUnusable(file, code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? String(error)));
  }
}

function isInside(root: string, file: string): boolean {
  return file.startsWith(root + path.sep);
}
