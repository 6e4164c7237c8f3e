/**
 * The composite GitHub Action. GitHub itself cannot run here, so the test
 * checks what the runner would read (inputs, steps, files) and runs the check
 * step's script with bash the way the runner does.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { modelgen, tempProject } from './support/cli';
import { readmeBlock } from './support/readme';
import { REPO_ROOT } from './support/render';

interface Step {
  readonly name: string;
  readonly uses?: string;
  readonly with?: Record<string, string>;
  readonly shell?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly 'working-directory'?: string;
}

const text = fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
const action = parse(text) as { name: string; description: string; inputs: Record<string, { description: string; default: string }>; runs: { using: string; steps: Step[] } };
const [setupNode, install, check] = action.runs.steps;

test('declares its inputs with defaults, and uses only those', () => {
  expect(Object.entries(action.inputs).map(([name, input]) => [name, input.default])).toEqual([
    ['working-directory', '.'],
    ['args', ''],
    ['node-version', '20'],
  ]);
  const used = [...text.matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)].map((m) => m[1]);
  expect([...new Set(used)].sort()).toEqual(['args', 'node-version', 'working-directory']);
});

test('a composite action: set up Node, install the action with npm ci, run check --format github', () => {
  expect(action.runs.using).toBe('composite');
  expect(action.runs.steps.map((s) => s.name)).toEqual(['Set up Node.js', 'Install modelgen', 'modelgen check']);
  expect(setupNode.uses).toBe('actions/setup-node@v4');
  expect(setupNode.with).toEqual({ 'node-version': '${{ inputs.node-version }}' });
  expect(install.run).toBe('cd "$GITHUB_ACTION_PATH" && npm ci --no-audit --no-fund');
  // npm ci needs the lock file, and its `prepare` script is what builds dist/ for bin/modelgen.
  expect(fs.existsSync(path.join(REPO_ROOT, 'package-lock.json'))).toBe(true);
  expect(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts.prepare).toBe('npm run build');
  expect(check['working-directory']).toBe('${{ inputs.working-directory }}');
  expect(check.env).toEqual({ MODELGEN_ARGS: '${{ inputs.args }}' });
  for (const step of [install, check]) expect(step.shell).toBe('bash');
});

test("the README's workflow uses the action with inputs it declares", () => {
  const workflow = parse(readmeBlock('yaml', 'actions/checkout@v4')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
  const step = Object.values(workflow.jobs)[0].steps.find((s) => s.uses?.includes('/modelgen@'));
  expect(Object.keys(step?.with ?? {}).every((input) => input in action.inputs)).toBe(true);
  expect(Object.keys(step?.with ?? {})).toEqual(['working-directory', 'args']);
});

describe('the check step, run as the runner runs it', () => {
  const runStep = (cwd: string, args: string) =>
    spawnSync('bash', ['-e', '-c', check.run ?? ''], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTION_PATH: REPO_ROOT, GITHUB_WORKSPACE: cwd, MODELGEN_ARGS: args, NO_COLOR: '1' } });

  test('up to date: exit 0', () => {
    const dir = tempProject();
    expect(modelgen(['generate', '--lang', 'go'], dir).status).toBe(0);
    const result = runStep(dir, '--lang go');
    expect(result.stdout).toBe('4 generated files are up to date\n');
    expect(result.status).toBe(0);
  });

  test('drift: exit 1 with an annotation for the stale file; args are split into words', () => {
    const dir = tempProject();
    expect(modelgen(['generate', '--lang', 'go,ruby'], dir).status).toBe(0);
    const file = path.join(dir, 'generated/go/directorysync/directory.go');
    // The added line is the first (and only) change: one past the generated file's last line.
    const addedLine = fs.readFileSync(file, 'utf8').split('\n').length;
    fs.appendFileSync(file, '// edited\n');
    const result = runStep(dir, '--lang go --out generated');
    expect(result.stdout.split('\n')[0]).toBe(
      `::error file=generated/go/directorysync/directory.go,line=${addedLine},title=modelgen check::generated/go/directorysync/directory.go is stale; run \`modelgen generate\` and commit the result`,
    );
    expect(result.status).toBe(1);
  });
});
