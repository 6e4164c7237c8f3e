/** Colour, --quiet, --verbose and --help: how modelgen behaves in a terminal and in a pipe. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useColour } from '../../src/cli/reporter';
import { modelgen, tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';
import { describeWithToolchain } from '../support/toolchain';

const ESC = '\u001b[';

describe('useColour', () => {
  const saved = process.env.NO_COLOR;
  afterEach(() => {
    if (saved === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = saved;
  });
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: undefined } as unknown as NodeJS.WriteStream;

  test.each([
    ['a terminal', tty, undefined, undefined, true],
    ['a pipe', pipe, undefined, undefined, false],
    ['a terminal with --no-color', tty, false, undefined, false],
    ['a terminal with NO_COLOR=1', tty, undefined, '1', false],
    // no-color.org: only a non-empty NO_COLOR turns colour off.
    ['a terminal with NO_COLOR empty', tty, undefined, '', true],
  ])('%s', (_name, stream, flag, noColor, expected) => {
    if (noColor === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColor;
    expect(useColour(stream, flag)).toBe(expected);
  });
});

// `script` runs the command on a pseudo-terminal, as a user's shell would.
describeWithToolchain('colour on a real terminal', ['script'], () => {
  const dir = tempProject();
  const inTerminal = (command: string, env: NodeJS.ProcessEnv = {}) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (env.NO_COLOR === undefined) delete environment.NO_COLOR;
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: environment }).stdout;
  };
  const lint = `node '${path.join(REPO_ROOT, 'bin', 'modelgen')}' lint --specs specs/directory.mdx`;

  test('on a terminal, severities are coloured', () => {
    expect(inTerminal(lint)).toContain(`specs/directory.mdx:206:24 - ${ESC}33mwarning MG103${ESC}0m: python`);
  });

  test.each([
    ['NO_COLOR=1', lint, { NO_COLOR: '1' }],
    ['--no-color', `${lint} --no-color`, {}],
    ['output piped on', `${lint} | cat`, {}],
  ])('%s: no escape codes', (_name, command, env) => {
    const output = inTerminal(command, env);
    expect(output).toContain('specs/directory.mdx:206:24 - warning MG103: python');
    expect(output).not.toContain(ESC);
  });
});

test('in a pipe, no escape codes even without NO_COLOR', () => {
  const dir = tempProject({ 'specs/x.yaml': 'reference: 3\n' });
  const result = modelgen(['generate'], dir, { NO_COLOR: '' });
  expect(result.stderr).toContain('error MG0');
  expect(result.stderr).not.toContain(ESC);
});

describe('--quiet and --verbose', () => {
  test('--quiet prints nothing on success', () => {
    const result = modelgen(['generate', '--quiet', '--lang', 'go'], tempProject());
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
  });

  test('--quiet still prints errors', () => {
    const result = modelgen(['generate', '-q', '--lang', 'go'], tempProject({ 'specs/x.yaml': 'reference: 3\n' }));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('specs/x.yaml:1:12 - error MG');
  });

  test('--quiet still prints the result of check', () => {
    const dir = tempProject();
    modelgen(['generate', '--lang', 'go'], dir);
    fs.appendFileSync(path.join(dir, 'generated/go/directorysync/directory.go'), '// edited\n');
    const result = modelgen(['check', '-q', '--lang', 'go'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('stale: generated/go/directorysync/directory.go\n');
  });

  test('--verbose lists the unchanged files too', () => {
    const dir = tempProject();
    modelgen(['generate', '--lang', 'go'], dir);
    expect(modelgen(['generate', '--lang', 'go'], dir).stdout).toBe('0 files changed, 4 unchanged\n');
    expect(modelgen(['generate', '--verbose', '--lang', 'go'], dir).stdout).toBe(
      'cache: reused go\nunchanged generated/go/directorysync/modelgen_types.go\nunchanged generated/go/directorysync/directory_group.go\nunchanged generated/go/directorysync/directory.go\nunchanged generated/.modelgen-manifest.json\n0 files changed, 4 unchanged\n',
    );
  });
});

describe('--help', () => {
  test.each([
    [[], '  $ modelgen check --lang typescript,go\n'],
    [['generate'], '  $ modelgen generate --watch\n'],
    [['check'], '  $ modelgen check --format github   # annotations in GitHub Actions\n'],
    [['lint'], '  $ modelgen lint --strict --format json\n'],
    [['ir'], '  $ modelgen ir --specs specs/directory.mdx > directory.ir.json\n'],
    [['templates'], '  $ modelgen templates eject --lang typescript --to my-templates\n'],
    [['templates', 'eject'], '  $ modelgen generate --templates my-templates\n'],
  ])('modelgen %j --help shows an example', (command, example) => {
    const result = modelgen([...command, '--help'], REPO_ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\nExamples?:\n/);
    expect(result.stdout).toContain(example);
  });
});
