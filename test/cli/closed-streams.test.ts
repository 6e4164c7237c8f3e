/** A closed stdout or stderr must not change what the exit code says. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

/** Runs the CLI with one of its output pipes closed by the reader before the run writes to it. */
function exitWithClosed(stream: 'stdout' | 'stderr', args: string[], cwd: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'modelgen'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child[stream].destroy();
    child.on('close', (code) => resolve(code));
  });
}

describe('closed output streams', () => {
  test('bad specs still exit 2 when stderr is closed', async () => {
    const dir = tempProject({ 'specs/broken.yaml': 'reference: [' });
    expect(await exitWithClosed('stderr', ['generate', '--lang', 'go'], dir)).toBe(2);
  });

  test('drift still exits 1 when stdout is closed', async () => {
    const dir = tempProject();
    expect(await exitWithClosed('stdout', ['check', '--lang', 'go'], dir)).toBe(1);
  });
});
