/**
 * Carries out a write plan: each file replaced atomically (temporary file in
 * the same folder, then rename), the manifest last, so an interrupted run
 * leaves every file either old or new.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_FILE } from './manifest';
import { WritePlan } from './plan';

export function applyPlan(plan: WritePlan): void {
  const ordered = [...plan.changes.filter((c) => c.path !== MANIFEST_FILE), ...plan.changes.filter((c) => c.path === MANIFEST_FILE)];
  for (const change of ordered) {
    const target = path.join(plan.outDir, change.path);
    if (change.kind === 'delete') {
      fs.rmSync(target, { force: true });
      removeEmptyParents(plan.outDir, path.dirname(target));
    } else {
      writeAtomically(target, change.after ?? '');
    }
  }
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

function removeEmptyParents(outDir: string, dir: string): void {
  const root = path.resolve(outDir);
  let current = path.resolve(dir);
  while (current.startsWith(root + path.sep) && fs.existsSync(current) && fs.readdirSync(current).length === 0) {
    fs.rmdirSync(current);
    current = path.dirname(current);
  }
}
