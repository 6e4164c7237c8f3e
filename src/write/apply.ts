/**
 * Carries out a write plan: each file replaced atomically (temporary file in
 * the same folder, then rename), the manifest last, so an interrupted run
 * leaves every file either old or new. A run killed between the two steps
 * leaves its temporary file behind; the next run removes it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_FILE } from './manifest';
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { displayPath, WritePlan } from './plan';

/** `.<name>.<pid>.<time>.tmp`, as `writeAtomically` names them. */
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;

/**
 * Stops at the first file that cannot be written (permissions, a full disk)
 * and reports it: the files before it are replaced, the rest and the manifest
 * are untouched, so the next run picks up where this one stopped.
 */
export function applyPlan(plan: WritePlan): Diagnostic[] {
  const ordered = [...plan.changes.filter((c) => c.path !== MANIFEST_FILE), ...plan.changes.filter((c) => c.path === MANIFEST_FILE)];
  for (const change of ordered) {
    const target = path.join(plan.outDir, change.path);
    try {
      if (change.kind === 'delete') {
        fs.rmSync(target, { force: true });
        removeEmptyParents(plan.outDir, path.dirname(target));
      } else {
        writeAtomically(target, change.after ?? '');
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      return [diagnostic('writeFailed', `could not ${change.kind} ${displayPath(plan.outDir, change.path)}: ${code}`)];
    }
  }
  removeStaleTemporaries(plan);
  return [];
}

export function writeAtomically(file: string, contents: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, contents);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Removes temporary files that killed runs left in the folders this plan
 * covers. A live run's files are left alone: another `generate` on the same
 * folder may be renaming them right now.
 */
function removeStaleTemporaries(plan: WritePlan): void {
  const folders = new Set([...plan.changes.map((c) => c.path), ...plan.unchanged].map((p) => path.dirname(path.join(plan.outDir, p))));
  for (const folder of folders) {
    for (const name of readdirIfExists(folder)) {
      const match = TEMPORARY.exec(name);
      if (match && !isRunning(Number(match[1]))) fs.rmSync(path.join(folder, name), { force: true });
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
function removeEmptyParents(outDir: string, dir: string): void {
  const root = path.resolve(outDir);
  let current = path.resolve(dir);
  while (current.startsWith(root + path.sep) && readdirIfExists(current).length === 0 && fs.existsSync(current)) {
    try {
      fs.rmdirSync(current);
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}
