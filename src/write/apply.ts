/**
 * Carries out a write plan: each file replaced atomically (temporary file in
 * the same folder, then rename), the manifest last, so an interrupted run
 * leaves every file either old or new. A run killed between the two steps
 * leaves its temporary file behind; the next run removes it.
 *
 * The plan was made earlier, and the disk may have changed since, so every
 * step checks again when it happens: a file is replaced or deleted only if it
 * still holds the bytes the plan saw, and a file lands only in a folder whose
 * real path is still inside the output folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_FILE } from './manifest';
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { Change, displayPath, WritePlan } from './plan';
import { readRegularFile } from './safe-read';
import { randomHex } from './random-hex';

/** `.<name>.<pid>.<24 random hex digits>.tmp`, as `temporaryName` makes them. */
const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{24}\.tmp$/;

/** Unpredictable, so nobody can plant a symlink under the name beforehand; the pid tells the sweep whose it is. */
export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomHex(12)}.tmp`);
}

/** Thrown when the disk no longer matches the plan; reported as a diagnostic, never followed. */
class PlanOutdated extends Error {
  constructor(
    readonly diagnosticCode: 'unsafePath' | 'notGenerated',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Stops at the first file that cannot be written (permissions, a full disk,
 * a file changed since the plan) and reports it: the files before it are
 * replaced, the rest and the manifest are untouched, so the next run picks up
 * where this one stopped.
 */
export function applyPlan(plan: WritePlan): Diagnostic[] {
  const ordered = [...plan.changes.filter((c) => c.path !== MANIFEST_FILE), ...plan.changes.filter((c) => c.path === MANIFEST_FILE)];
  const folders = new Folders(realRoot(plan.outDir));
  for (const change of ordered) {
    try {
      applyChange(folders, change);
    } catch (error) {
      if (error instanceof PlanOutdated) return [diagnostic(error.diagnosticCode, `refusing to ${change.kind} ${displayPath(plan.outDir, change.path)}: ${error.message}`)];
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      return [diagnostic('writeFailed', `could not ${change.kind} ${displayPath(plan.outDir, change.path)}: ${code}`)];
    }
  }
  removeStaleTemporaries(plan);
  return [];
}

/** The output folder's real path, created first if needed (the plan checked that it is not a symlink out). */
function realRoot(outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  return fs.realpathSync.native(outDir);
}

/**
 * The folders of one apply, each created and resolved once: thousands of
 * files share a handful of folders. Only that is remembered; whether a
 * folder still leads inside the output folder is checked again for every
 * file (`assertInside`).
 */
class Folders {
  private readonly known = new Map<string, string>();

  constructor(readonly root: string) {}

  /** The real path of `relativeDir` under the root, created if needed. */
  get(relativeDir: string): string {
    let folder = this.known.get(relativeDir);
    if (folder === undefined) this.known.set(relativeDir, (folder = ensureFolder(this.root, relativeDir)));
    return folder;
  }

  /** After a delete, or when a concurrent run removed an emptied folder: look again. */
  forget(): void {
    this.known.clear();
  }
}

function applyChange(folders: Folders, change: Change): void {
  const relativeDir = path.posix.dirname(change.path);
  const name = path.basename(change.path);
  const root = folders.root;
  if (change.kind === 'delete') {
    const folder = folders.get(relativeDir);
    const final = path.join(folder, name);
    if (!stillAsPlanned(final, change, undefined)) return;
    assertInside(root, folder);
    fs.rmSync(final, { force: true });
    removeEmptyParents(root, folder);
    folders.forget();
    return;
  }
  const after = Buffer.from(change.after ?? '', 'utf8');
  // The plan's verdict (ours, with this content) holds only while the file holds what the plan read.
  // A create is not read first: link() below fails when anything is there, and only then is it read.
  if (change.kind === 'update' && !stillAsPlanned(path.join(folders.get(relativeDir), name), change, after)) return;
  const { folder, temporary } = writeTemporaryIn(folders, relativeDir, name, after);
  const final = path.join(folder, name);
  try {
    assertInside(root, folder);
    if (change.kind === 'create') {
      // link() fails if a file appeared there since the plan: a create never replaces anything.
      fs.linkSync(temporary, final);
    } else {
      fs.renameSync(temporary, final);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!stillAsPlanned(final, change, after)) return;
    throw new PlanOutdated('notGenerated', 'a file appeared there after modelgen looked');
  } finally {
    removeIfThere(temporary);
  }
}

/**
 * The new content, in a temporary file beside its final name, once the
 * folder is seen to lead inside the output folder: not a byte lands
 * through a folder swapped for a symlink. A folder that vanished since it
 * was made (a concurrent run removed it when it emptied) is made again.
 */
function writeTemporaryIn(folders: Folders, relativeDir: string, name: string, contents: Buffer): { folder: string; temporary: string } {
  const attempt = () => {
    const folder = folders.get(relativeDir);
    assertInside(folders.root, folder);
    return { folder, temporary: writeTemporary(path.join(folder, name), contents) };
  };
  try {
    return attempt();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    folders.forget();
    return attempt();
  }
}

/** One unlink; after a rename there is nothing left to remove. */
function removeIfThere(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * True when the change is still to be made; false when the file already is
 * as wanted (a concurrent run of the same specs got there first). Throws
 * when it is neither what the plan saw nor what it wants.
 */
function stillAsPlanned(final: string, change: Change, after: Buffer | undefined): boolean {
  const now = readRegularFile(final, { followSymlink: false });
  if (after === undefined ? now === undefined : now?.equals(after)) return false;
  const planned = change.beforeBytes;
  if (planned === undefined ? now === undefined : now?.equals(planned)) return true;
  throw new PlanOutdated('notGenerated', 'it changed after modelgen looked at it');
}

/**
 * The folder of `relativeDir` under `root`, created one segment at a time, as
 * a real path. A symlink on the way is fine only while it stays inside root.
 */
function ensureFolder(root: string, relativeDir: string): string {
  let current = root;
  for (const segment of relativeDir === '.' ? [] : relativeDir.split('/')) {
    const next = path.join(current, segment);
    try {
      fs.mkdirSync(next);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    current = fs.realpathSync.native(next);
    assertInside(root, current);
    if (!fs.statSync(current).isDirectory()) throw Object.assign(new Error(`${next} is not a folder`), { code: 'ENOTDIR' });
  }
  return current;
}

/**
 * Checked right before each temporary file, rename and delete, so a folder
 * swapped for a symlink since is caught. The libc realpath: one readlink
 * per segment, where Node's own makes an lstat per segment in JavaScript.
 */
function assertInside(root: string, folder: string): void {
  const real = fs.realpathSync.native(folder);
  if (real !== root && !real.startsWith(root + path.sep)) throw new PlanOutdated('unsafePath', 'its folder now leads out of the output folder');
}

/** Created exclusively and never through a symlink: an existing file or link under the name fails the open. */
function writeTemporary(final: string, contents: Buffer | Iterable<string>): string {
  const temporary = temporaryName(final);
  const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
  const fd = fs.openSync(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
  try {
    if (Buffer.isBuffer(contents)) fs.writeFileSync(fd, contents);
    else writePieces(fd, contents);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return temporary;
}

/**
 * Writes a file outside any plan (the cache) the same way: exclusive
 * temporary, then rename. Pieces are written as they come, gathered into
 * writes of about a megabyte, so a large file is never one string in memory.
 */
export function writeAtomically(file: string, contents: string | Iterable<string>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = writeTemporary(file, typeof contents === 'string' ? [contents] : contents);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

const WRITE_CHUNK = 1024 * 1024;

function writePieces(fd: number, pieces: Iterable<string>): void {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    // On a descriptor, writeFileSync writes at the current position and retries short writes.
    fs.writeFileSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size >= WRITE_CHUNK) flush();
  }
  if (size > 0) flush();
}

/**
 * Removes temporary files that killed runs left in the folders this plan
 * covers: only names modelgen makes, for a file of this plan in that folder,
 * that are plain files of a process that is gone. A live run's files are
 * left alone: another `generate` on the same folder may be renaming them now.
 */
function removeStaleTemporaries(plan: WritePlan): void {
  const byFolder = new Map<string, Set<string>>();
  for (const file of [...plan.changes.map((c) => c.path), ...plan.unchanged]) {
    const folder = path.dirname(path.join(plan.outDir, file));
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(path.basename(file)));
  }
  for (const [folder, names] of byFolder) {
    for (const name of readdirIfExists(folder)) {
      const match = TEMPORARY.exec(name);
      if (!match || !names.has(match[1]) || isRunning(Number(match[2]))) continue;
      const file = path.join(folder, name);
      if (fs.lstatSync(file, { throwIfNoEntry: false })?.isFile()) fs.rmSync(file, { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readdirIfExists(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

/** Stops quietly when a concurrent run has already removed the folder or added a file to it. */
function removeEmptyParents(root: string, dir: string): void {
  let current = dir;
  while (current.startsWith(root + path.sep) && readdirIfExists(current).length === 0 && fs.existsSync(current)) {
    try {
      fs.rmdirSync(current);
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}
