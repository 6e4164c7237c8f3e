/**
 * A cache is only trusted by the build that wrote it. Run from the bundle,
 * the code fingerprint is the one `npm run build` recorded beside it, while
 * the bundle keeps the size recorded; a bundle changed since (a build that
 * stopped half-way, an edit) is hashed instead.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { childEnv, tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

/** A copy of the built package (bin, dist, templates, package.json), sharing the repository's node_modules. */
function packageCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-package-'));
  for (const entry of ['bin', 'dist', 'templates', 'package.json']) fs.cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), { recursive: true });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

function run(root: string, args: string[], cwd: string) {
  const child = spawnSync(process.execPath, [path.join(root, 'bin', 'modelgen'), ...args, '--lang', 'go'], { cwd, encoding: 'utf8', env: childEnv() });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const BUNDLE = (root: string) => path.join(root, 'dist', 'modelgen.js');
const RECORD = (root: string) => path.join(root, 'dist', 'modelgen.fingerprint.json');
/** Text the Go model template writes into every model file. */
const GO_TEXT = 'unread is what reading could not hold';

/**
 * The bundle with GO_TEXT changed in the Go template's compiled code: its
 * last occurrence (the precompiled entry holds the template's source text
 * first, which must stay as templates/ has it for the code to be used).
 */
function changeCompiledGoText(root: string, replacement: string): void {
  const text = fs.readFileSync(BUNDLE(root), 'utf8');
  const at = text.lastIndexOf(GO_TEXT);
  fs.writeFileSync(BUNDLE(root), `${text.slice(0, at)}${replacement}${text.slice(at + GO_TEXT.length)}`);
}

test('the build records the fingerprint with the bundle size', () => {
  const record = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'dist', 'modelgen.fingerprint.json'), 'utf8'));
  expect(record).toEqual({ bytes: fs.statSync(path.join(REPO_ROOT, 'dist', 'modelgen.js')).size, digest: expect.stringMatching(/^[\w-]{43}$/) });
  expect(fs.readFileSync(path.join(REPO_ROOT, 'dist', 'modelgen.js'), 'utf8')).toContain(GO_TEXT);
});

test.each([
  ['the bundle changed size since its fingerprint was recorded', (root: string) => changeCompiledGoText(root, `${GO_TEXT}, now`)],
  [
    'the record is missing and the bundle changed in place',
    (root: string) => {
      fs.rmSync(RECORD(root));
      changeCompiledGoText(root, GO_TEXT.replace('what', 'that'));
    },
  ],
])('a cache written by another build is not trusted when %s', (_, change) => {
  const root = packageCopy();
  const project = tempProject({ 'node_modules/.keep': '' });
  expect(run(root, ['generate', '--quiet'], project).status).toBe(0);
  expect(run(root, ['check', '--quiet'], project)).toMatchObject({ status: 0, stderr: '' });
  change(root);
  const checked = run(root, ['check'], project);
  expect(checked.status).toBe(1);
  expect(checked.stdout).toContain('stale: generated/go/directorysync/directory.go');
});
