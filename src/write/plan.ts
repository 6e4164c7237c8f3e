/**
 * Compares rendered files with the output folder and decides what a write
 * would change. Reads the disk, never writes it: `check` and `--dry-run`
 * stop here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { RenderedFile, Target } from '../targets/target';
import { findTarget } from '../targets/registry';
import { pathTextProblem } from './safe-path';
import { Manifest, MANIFEST_FILE, parseManifest, serializeManifest, updateManifest } from './manifest';
import { isTargetFile } from './ownership';
import { readRegularFile } from './safe-read';

export type ChangeKind = 'create' | 'update' | 'delete';

export interface Change {
  readonly kind: ChangeKind;
  /** Relative to the output folder, `/`-separated. */
  readonly path: string;
  /** The file's text as the plan read it, for diffs. */
  readonly before?: string;
  /** Its bytes: a write or delete goes ahead only if the file still holds exactly these. */
  readonly beforeBytes?: Buffer;
  readonly after?: string;
}

export interface WritePlan {
  readonly outDir: string;
  readonly changes: readonly Change[];
  readonly unchanged: readonly string[];
  readonly problems: readonly Diagnostic[];
}

/** Reads a file of the output folder by its relative path; undefined when it does not exist. May throw. */
export type OutputReader = (file: string) => Buffer | undefined;

/**
 * `files` holds every file of the targets in `targets`; their old files not
 * rendered again are orphans. `read` may answer from files already read this run.
 */
export function planWrite(
  outDir: string,
  files: readonly RenderedFile[],
  targets: ReadonlyMap<string, readonly string[]>,
  read: OutputReader = (file) => readOutputFile(outDir, file),
): WritePlan {
  const problems: Diagnostic[] = [];
  const memo = newPathMemo();
  const readIfExists = (file: string) => readChecked(read, outDir, file, problems);
  const changes: Change[] = [];
  const unchanged: string[] = [];
  const manifestBytes = readIfExists(MANIFEST_FILE);
  if (manifestBytes === UNREADABLE) return { outDir, changes, unchanged, problems };
  const manifestText = manifestBytes?.toString('utf8');
  const previous = parseManifest(manifestText);
  if (!previous) {
    problems.push(diagnostic('notGenerated', `${displayPath(outDir, MANIFEST_FILE)} is not a modelgen manifest`, undefined, 'delete it if it is stale; modelgen will write a new one'));
    return { outDir, changes, unchanged, problems };
  }
  const rendered = new Set(files.map((f) => f.path));
  const owners = ownersOf(targets);
  const owns = (file: string, text: string) => {
    const owner = owners.get(file);
    return owner !== undefined && isTargetFile(owner, text);
  };
  for (const file of files) {
    const unsafe = unsafePathReason(outDir, file.path, memo);
    if (unsafe) {
      problems.push(diagnostic('unsafePath', `refusing to write ${file.path}: ${unsafe}`));
      continue;
    }
    // In a folder that is not there (a fresh output folder), no file is: nothing to read.
    const beforeBytes = folderIsMissing(outDir, file.path, memo) ? undefined : readIfExists(file.path);
    if (beforeBytes === UNREADABLE) continue;
    const before = beforeBytes?.toString('utf8');
    // Bytes, not decoded text: a byte that decodes to U+FFFD must not pass as equal.
    if (beforeBytes?.equals(Buffer.from(file.contents, 'utf8'))) unchanged.push(file.path);
    else if (before === undefined) changes.push({ kind: 'create', path: file.path, after: file.contents });
    else if (!owns(file.path, before)) problems.push(notOurs(outDir, file.path, 'overwrite'));
    else changes.push({ kind: 'update', path: file.path, before, beforeBytes, after: file.contents });
  }
  for (const target of targets.keys()) {
    const owner = findTarget(target);
    for (const old of previous.files[target] ?? []) {
      if (rendered.has(old) || unsafePathReason(outDir, old, memo)) continue;
      // The manifest only names candidates: the file itself must carry this target's header.
      const beforeBytes = readIfExists(old);
      if (beforeBytes === undefined || beforeBytes === UNREADABLE) continue;
      const before = beforeBytes.toString('utf8');
      if (!owner || !isTargetFile(owner, before)) problems.push(notOurs(outDir, old, 'delete'));
      else changes.push({ kind: 'delete', path: old, before, beforeBytes });
    }
  }
  const manifest = serializeManifest(updateManifest(previous as Manifest, targets));
  if (manifest === manifestText) unchanged.push(MANIFEST_FILE);
  else changes.push({ kind: manifestText === undefined ? 'create' : 'update', path: MANIFEST_FILE, before: manifestText, beforeBytes: manifestBytes, after: manifest });
  return { outDir, changes, unchanged, problems };
}

/** Which target renders each path of this run. */
function ownersOf(targets: ReadonlyMap<string, readonly string[]>): Map<string, Target> {
  const owners = new Map<string, Target>();
  for (const [name, paths] of targets) {
    const target = findTarget(name);
    if (target) for (const file of paths) owners.set(file, target);
  }
  return owners;
}

function notOurs(outDir: string, file: string, verb: string): Diagnostic {
  return diagnostic('notGenerated', `refusing to ${verb} ${displayPath(outDir, file)}: it does not begin with the header modelgen writes for its language`);
}

export function displayPath(outDir: string, file: string): string {
  return path.posix.join(outDir.split(path.sep).join('/'), file);
}

const UNREADABLE = Symbol('unreadable');

const WHY_UNREADABLE: Readonly<Record<string, string>> = {
  EISDIR: 'a folder is in the way',
  ENOTDIR: 'a file is in the way of its folder',
  EACCES: 'permission denied',
  ESYMLINK: 'a symlink is in the place of a generated file',
  ENOTREG: 'something other than a regular file (a device, a FIFO, a socket) is in the way',
  EFBIG: 'the file is far larger than any generated file',
};

/** The file's bytes; undefined when it does not exist. A symlink, a device or a FIFO in its place throws. */
export function readOutputFile(outDir: string, file: string): Buffer | undefined {
  return readRegularFile(path.join(outDir, file), { followSymlink: false });
}

/** The file's text, undefined when absent; UNREADABLE, with a diagnostic, when something else is wrong. */
function readChecked(read: OutputReader, outDir: string, file: string, problems: Diagnostic[]): Buffer | undefined | typeof UNREADABLE {
  try {
    return read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    problems.push(diagnostic('outputUnreadable', `cannot read ${displayPath(outDir, file)}: ${WHY_UNREADABLE[code] ?? code}`));
    return UNREADABLE;
  }
}

/**
 * What the checks of one plan learn about folders, shared between them:
 * thousands of files live in a handful of folders, and a fresh output folder
 * would otherwise cost every file a walk up to the root.
 */
export interface PathMemo {
  readonly realpaths: Map<string, string | undefined>;
  readonly folders: Map<string, fs.Stats | undefined>;
}

export const newPathMemo = (): PathMemo => ({ realpaths: new Map(), folders: new Map() });

/**
 * A rendered path must stay inside the output folder, also through symlinks
 * already in the tree.
 */
export function unsafePathReason(outDir: string, file: string, memo: PathMemo = newPathMemo()): string | undefined {
  const textual = path.isAbsolute(file) ? 'the path is not a plain relative path' : pathTextProblem(file);
  if (textual) return textual;
  const root = path.resolve(outDir);
  let existing = path.join(root, file);
  let stat = folderIsMissing(outDir, file, memo) ? undefined : lstatIfExists(existing);
  while (existing !== root && !stat) {
    existing = path.dirname(existing);
    stat = memoLstat(existing, memo);
  }
  if (existing === root || !fs.existsSync(root)) return undefined;
  // A path that is not itself a symlink resolves to its folder's real path plus its own name.
  const realDir = stat?.isSymbolicLink() ? undefined : memoRealpath(path.dirname(existing), memo);
  const real = realDir === undefined ? safeRealpath(existing) : path.join(realDir, path.basename(existing));
  const realRoot = memoRealpath(root, memo);
  if (real === undefined || realRoot === undefined) return 'it leads through a broken symlink';
  return real === realRoot || real.startsWith(realRoot + path.sep) ? undefined : 'it leads through a symlink out of the output folder';
}

/** Whether the plan has already seen that the file's folder does not exist. */
function folderIsMissing(outDir: string, file: string, memo: PathMemo): boolean {
  const folder = path.dirname(path.join(path.resolve(outDir), file));
  return memo.folders.has(folder) && memo.folders.get(folder) === undefined;
}

/** Undefined when nothing is there, or when it cannot be looked at (the walk goes on to its folder). */
function lstatIfExists(file: string): fs.Stats | undefined {
  try {
    // Without throwing for the common case: a fresh output folder has nothing there, thousands of times.
    return fs.lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function memoLstat(folder: string, memo: PathMemo): fs.Stats | undefined {
  if (!memo.folders.has(folder)) memo.folders.set(folder, lstatIfExists(folder));
  return memo.folders.get(folder);
}

function memoRealpath(dir: string, memo: PathMemo): string | undefined {
  if (!memo.realpaths.has(dir)) memo.realpaths.set(dir, safeRealpath(dir));
  return memo.realpaths.get(dir);
}

function safeRealpath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}
