/**
 * The pre-commit hooks, driven by the real `pre-commit` against a throwaway
 * SDK repository. The hook repository is a snapshot of this working tree
 * committed in a temporary folder, so uncommitted work is what gets tested.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { modelgen } from '../support/cli';
import { readmeBlock } from '../support/readme';
import { REPO_ROOT } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';

interface HookDeclaration {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly pass_filenames: boolean;
}

const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDeclaration[];

interface PreCommitConfig {
  repos: { repo: string; rev?: string; hooks: (Partial<HookDeclaration> & { id: string })[] }[];
}

/** The README's `.pre-commit-config.yaml`, pointed at `repo` and `rev`. */
function readmeConfig(repo: string, rev: string): string {
  const config = parse(readmeBlock('yaml', 'id: modelgen-generate')) as PreCommitConfig;
  config.repos[0] = { ...config.repos[0], repo, rev };
  return stringify(config);
}

describe('.pre-commit-hooks.yaml', () => {
  test('declares modelgen-check and modelgen-generate, run once per commit through the package bin', () => {
    expect(hooks.map((h) => [h.id, h.entry, h.language, h.pass_filenames])).toEqual([
      ['modelgen-check', 'modelgen check', 'node', false],
      ['modelgen-generate', 'modelgen generate', 'node', false],
    ]);
  });

  test("the README's local-hook alternative triggers on the same files", () => {
    const local = parse(readmeBlock('yaml', 'repo: local')) as PreCommitConfig;
    expect(local.repos[0].hooks.map((h) => [h.id, h.entry, h.language, h.files, h.pass_filenames])).toEqual([
      ['modelgen-check', 'npx --no-install modelgen check', 'system', hooks[0].files, false],
    ]);
  });

  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  test.each([
    ['specs/directory.mdx', true],
    ['specs/nested/widget.yaml', true],
    ['docs/specs/widget.yml', true],
    ['specs/page.md', true],
    ['modelgen.config.yaml', true],
    ['sdk/modelgen.config.yml', true],
    ['my-templates/go/model.go.hbs', true],
    ['README.md', false],
    ['specs/notes.txt', false],
    ['generated/typescript/directory.ts', false],
    ['src/specs.ts', false],
  ])('triggers on %s: %s', (file, expected) => {
    for (const hook of hooks) expect(new RegExp(hook.files).test(file)).toBe(expected);
  });
});

const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

/** Commits every tracked and untracked (not ignored) file of this working tree into a fresh repository. */
function snapshotRepository(dir: string): string {
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_ROOT }).split('\0');
  for (const file of files.filter((f) => f !== '' && fs.existsSync(path.join(REPO_ROOT, f)))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, file), path.join(dir, file));
  }
  const env = { ...process.env, ...GIT_ENV };
  run('git', ['init', '-q'], { cwd: dir, env });
  run('git', ['add', '-A'], { cwd: dir, env });
  run('git', ['commit', '-q', '-m', 'snapshot'], { cwd: dir, env });
  return run('git', ['rev-parse', 'HEAD'], { cwd: dir }).trim();
}

describeWithToolchain('pre-commit', ['pre-commit', 'git'], () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-pre-commit-'));
  const sdk = path.join(root, 'sdk');
  // Installing the hooks' Node environment reuses npm's cache instead of asking the registry each time.
  const env = { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: path.join(root, 'home'), npm_config_prefer_offline: 'true', NO_COLOR: '1' };
  const inSdk = (command: string, ...args: string[]) => {
    const result = spawnSync(command, args, { cwd: sdk, env, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  const head = () => run('git', ['rev-parse', 'HEAD'], { cwd: sdk }).trim();

  beforeAll(() => {
    const hookRepo = path.join(root, 'hooks');
    const rev = snapshotRepository(hookRepo);
    fs.mkdirSync(path.join(sdk, 'specs'), { recursive: true });
    for (const spec of ['directory.mdx', 'directory-group.mdx']) fs.copyFileSync(path.join(REPO_ROOT, 'specs', spec), path.join(sdk, 'specs', spec));
    fs.writeFileSync(path.join(sdk, 'modelgen.config.yaml'), 'specs: [specs]\nout: generated\nlanguages: [typescript, go]\n');
    // The set-up the README shows, with this snapshot as the hook repository.
    fs.writeFileSync(path.join(sdk, '.pre-commit-config.yaml'), readmeConfig(hookRepo, rev));
    expect(modelgen(['generate', '--quiet'], sdk).status).toBe(0);
    run('git', ['init', '-q'], { cwd: sdk, env });
    run('pre-commit', ['install'], { cwd: sdk, env });
    // Builds the hooks' environment once (npm install, whose `prepare` compiles dist/, then npm pack).
    run('pre-commit', ['install-hooks'], { cwd: sdk, env });
  }, 240_000);

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('a commit of specs with up-to-date output passes the check', () => {
    run('git', ['add', '-A'], { cwd: sdk, env });
    const commit = inSdk('git', 'commit', '-m', 'specs and their models');
    expect(commit.output).toMatch(/^modelgen check \(generated models are up to date\)\.+Passed$/m);
    expect(commit.status).toBe(0);
  });

  test('a commit touching no spec, template or config skips the check', () => {
    fs.writeFileSync(path.join(sdk, 'README.md'), '# SDK\n');
    run('git', ['add', 'README.md'], { cwd: sdk, env });
    const commit = inSdk('git', 'commit', '-m', 'readme');
    expect(commit.output).toMatch(/^modelgen check \(generated models are up to date\)\.+\(no files to check\)Skipped$/m);
    expect(commit.status).toBe(0);
  });

  test('a spec edited without regenerating is refused with the diff; modelgen-generate fixes it', () => {
    const spec = path.join(sdk, 'specs', 'directory.mdx');
    fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('    name: The name of the directory.\n', '    name: The display name of the directory.\n'));
    run('git', ['add', '-A'], { cwd: sdk, env });
    const before = head();
    const drift = modelgen(['check'], sdk);

    const refused = inSdk('git', 'commit', '-m', 'rename');
    expect(refused.status).toBe(1);
    expect(head()).toBe(before);
    expect(refused.output).toMatch(/^modelgen check \(generated models are up to date\)\.+Failed\n- hook id: modelgen-check\n- exit code: 1\n\nstale: generated\/typescript\/directory\.ts\n/m);
    expect(refused.output).toContain(drift.stdout);
    expect(drift.stdout).toContain('\n-  /** The name of the directory. */\n+  /** The display name of the directory. */\n');
    expect(drift.stdout).toContain('\n-\t// Name is the name of the directory.\n+\t// Name is the display name of the directory.\n');

    const regenerate = inSdk('pre-commit', 'run', 'modelgen-generate', '--hook-stage', 'manual');
    expect(regenerate.status).toBe(1);
    expect(regenerate.output).toMatch(
      /^modelgen generate \(regenerate the models\)\.+Failed\n- hook id: modelgen-generate\n- files were modified by this hook\n\nupdated generated\/typescript\/directory\.ts\nupdated generated\/go\/directorysync\/directory\.go\n2 files changed, 6 unchanged\n/m,
    );

    run('git', ['add', '-A'], { cwd: sdk, env });
    const commit = inSdk('git', 'commit', '-m', 'rename, regenerated');
    expect(commit.output).toMatch(/^modelgen check \(generated models are up to date\)\.+Passed$/m);
    expect(commit.status).toBe(0);
    expect(head()).not.toBe(before);
  });
});
