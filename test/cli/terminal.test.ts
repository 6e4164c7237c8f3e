/** Colour, --quiet, --verbose and --help: how modelgen behaves in a terminal and in a pipe. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useColour } from '../../src/cli/reporter';
import { childEnv, modelgen, tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';
import { describeWithToolchain } from '../support/toolchain';

const ESC = '\u001b[';

describe('useColour', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: undefined } as unknown as { isTTY: boolean };

  test.each([
    ['a terminal', tty, undefined, {}, true],
    ['a pipe', pipe, undefined, {}, false],
    ['a terminal with --no-color', tty, false, {}, false],
    ['a terminal with NO_COLOR=1', tty, undefined, { NO_COLOR: '1' }, false],
    // no-color.org: only a non-empty NO_COLOR turns colour off.
    ['a terminal with NO_COLOR empty', tty, undefined, { NO_COLOR: '' }, true],
    ['a terminal with TERM=dumb', tty, undefined, { TERM: 'dumb' }, false],
    ['a pipe with FORCE_COLOR=1', pipe, undefined, { FORCE_COLOR: '1' }, true],
    ['a pipe with FORCE_COLOR=3', pipe, undefined, { FORCE_COLOR: '3' }, true],
    ['a pipe with FORCE_COLOR empty', pipe, undefined, { FORCE_COLOR: '' }, true],
    ['a pipe with FORCE_COLOR=true', pipe, undefined, { FORCE_COLOR: 'true' }, true],
    ['TERM=dumb with FORCE_COLOR=1', pipe, undefined, { TERM: 'dumb', FORCE_COLOR: '1' }, true],
    ['a terminal with FORCE_COLOR=0', tty, undefined, { FORCE_COLOR: '0' }, false],
    ['a terminal with FORCE_COLOR=false', tty, undefined, { FORCE_COLOR: 'false' }, false],
    ['FORCE_COLOR=1 and NO_COLOR=1: NO_COLOR wins', pipe, undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['FORCE_COLOR=1 and --no-color', pipe, false, { FORCE_COLOR: '1' }, false],
  ])('%s', (_name, stream, flag, env, expected) => {
    expect(useColour(stream, flag, env)).toBe(expected);
  });
});

test.each([
  ['FORCE_COLOR=1 colours a pipe', { FORCE_COLOR: '1', NO_COLOR: '' }, true],
  ['NO_COLOR wins over FORCE_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
])('%s (a real run)', (_name, env, coloured) => {
  const result = modelgen(['lint', '--specs', 'specs/directory.mdx'], tempProject(), env);
  expect(result.stdout.includes(`specs/directory.mdx:206:24 - ${ESC}33mwarning MG103${ESC}0m: python`)).toBe(coloured);
  expect(result.stdout).toContain('MG103');
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
    ['TERM=dumb', lint, { TERM: 'dumb' }],
  ])('%s: no escape codes', (_name, command, env) => {
    const output = inTerminal(command, env);
    expect(output).toContain('specs/directory.mdx:206:24 - warning MG103: python');
    expect(output).not.toContain(ESC);
  });
});

describeWithToolchain('progress on a real terminal', ['script'], () => {
  const dir = tempProject();
  const generate = `node '${path.join(REPO_ROOT, 'bin', 'modelgen')}' generate --no-cache`;
  const inTerminal = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', generate, '/dev/null'], { cwd: dir, encoding: 'utf8', env: childEnv(env) }).stdout;

  test('one line on stderr, rewritten in place with the stage and how far it is, then erased', () => {
    const output = inTerminal({});
    expect(output).toContain(`\r${ESC}Kvalidating specs 2/2`);
    expect(output).toContain(`\r${ESC}Krendering targets 7/7 (dotnet)`);
    expect(output).toContain(`\r${ESC}Kformatting files 4/4 (typescript)`);
    // Erased before the first line printed (the neutral-defaults note here, then the results), which starts a line of its own.
    expect(output).toMatch(new RegExp(`\\r\\u001b\\[K(note: |created generated/)`));
    expect(output).not.toContain('\n\r');
  });

  test.each([
    ['CI', { CI: 'true' }],
    ['--quiet', {}],
    ['TERM=dumb', { TERM: 'dumb' }],
  ])('none under %s', (name, env) => {
    const output = name === '--quiet' ? spawnSync('script', ['-qec', `${generate} --quiet`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: childEnv() }).stdout : inTerminal(env);
    expect(output).not.toContain('\r\u001b[K');
  });
});

test('no progress line in a pipe', () => {
  const result = modelgen(['generate', '--no-cache'], tempProject());
  expect(result.status).toBe(0);
  // The seeds alone name no Java package, so the one note line is all stderr holds.
  expect(result.stderr).toMatch(/^(note: [^\r\n]*\n)?$/);
  expect(result.stdout).not.toContain('\r');
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
    const lines = modelgen(['generate', '--verbose', '--lang', 'go'], dir).stdout.split('\n');
    expect(lines.slice(0, -2)).toEqual([
      'cache: reused go',
      'unchanged generated/go/directorysync/modelgen_types.go',
      'unchanged generated/go/directorysync/directory_group.go',
      'unchanged generated/go/directorysync/directory.go',
      'unchanged generated/.modelgen-manifest.json',
      '0 files changed, 4 unchanged',
    ]);
    expect(lines.slice(-2)).toEqual([expect.stringMatching(/^timings: load \d+ ms, compare \d+ ms, write \d+ ms$/), '']);
  });

  test.each([
    ['generate', 'write'],
    ['check', 'compare'],
  ])('--verbose %s prints the time of each stage, as its help says', (command, last) => {
    const dir = tempProject();
    modelgen(['generate', '--lang', 'go,typescript'], dir);
    const result = modelgen([command, '--verbose', '--no-cache', '--lang', 'go,typescript'], dir);
    expect(result.status).toBe(0);
    const stages = `load \\d+ ms, validate \\d+ ms, normalize \\d+ ms, render \\d+ ms, format \\d+ ms, compare \\d+ ms${last === 'write' ? ', write \\d+ ms' : ''}`;
    expect(result.stdout).toMatch(new RegExp(`\ntimings: ${stages}\n$`));
    expect(modelgen([command, '--no-cache', '--lang', 'go'], dir).stdout).not.toContain('timings');
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
