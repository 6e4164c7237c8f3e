/**
 * Permission failures are diagnostics with the path, never stack traces, and
 * a run with nothing to write needs no write permission. Permissions do not
 * bind root, so as root the runs are made as `nobody`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** A project and a cache folder the unprivileged user can use. */
function project(): { dir: string; cache: string } {
  const dir = tempProject();
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-perm-cache-'));
  if (asRoot) {
    for (const d of [dir, cache]) chownTree(d);
  }
  return { dir, cache };
}

function chownTree(dir: string): void {
  const walk = (p: string) => {
    fs.chownSync(p, NOBODY, NOBODY);
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(dir);
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'modelgen'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME: os.tmpdir() },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GO = ['--lang', 'go'];

test('a read-only output folder that is already up to date: check and generate succeed, writing nothing', () => {
  const { dir, cache } = project();
  const args = [...GO, '--cache-dir', cache];
  expect(run(['generate', ...args], dir).status).toBe(0);
  const readOnly = (mode: number) => {
    const walk = (p: string) => {
      if (fs.statSync(p).isDirectory()) {
        for (const e of fs.readdirSync(p)) walk(path.join(p, e));
        fs.chmodSync(p, mode | 0o111);
      } else fs.chmodSync(p, mode);
    };
    walk(path.join(dir, 'generated'));
  };
  readOnly(0o444);
  try {
    expect(run(['check', ...args], dir)).toMatchObject({ status: 0 });
    expect(run(['generate', ...args], dir)).toMatchObject({ status: 0, stdout: '0 files changed, 4 unchanged\n' });
    expect(run(['generate', '--no-cache', ...GO], dir)).toMatchObject({ status: 0, stdout: '0 files changed, 4 unchanged\n' });
  } finally {
    readOnly(0o644);
  }
});

test('an unreadable folder under --specs is MG002 naming it, exit 2, not a crash and not a silent gap', () => {
  const { dir, cache } = project();
  fs.mkdirSync(path.join(dir, 'specs/private'));
  fs.copyFileSync(path.join(dir, 'specs/directory.mdx'), path.join(dir, 'specs/private/p.mdx'));
  if (asRoot) chownTree(path.join(dir, 'specs/private'));
  fs.chmodSync(path.join(dir, 'specs/private'), 0o000);
  try {
    const result = run(['check', ...GO, '--cache-dir', cache], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("error MG002: cannot read the folder 'specs/private': EACCES");
  } finally {
    fs.chmodSync(path.join(dir, 'specs/private'), 0o755);
  }
});

test('an unreadable template is MG211 naming it, exit 2', () => {
  const { dir, cache } = project();
  fs.mkdirSync(path.join(dir, 'tpl/go'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'tpl/go/model.go.hbs'), '{{header}}\n');
  if (asRoot) chownTree(path.join(dir, 'tpl'));
  fs.chmodSync(path.join(dir, 'tpl/go/model.go.hbs'), 0o000);
  const result = run(['generate', '--templates', 'tpl', ...GO, '--cache-dir', cache], dir);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('tpl/go/model.go.hbs:1:1 - error MG211: cannot use the template tpl/go/model.go.hbs: permission denied');
});
