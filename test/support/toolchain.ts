/**
 * Tests that need a real compiler run only where it is installed. A missing
 * toolchain skips them loudly, or fails them when MODELGEN_REQUIRE_TOOLCHAINS=1
 * (as in CI), so a CI machine without a compiler can never pass silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const INSTALL_HINT = 'install the toolchains with `bash scripts/install-toolchains.sh` (Debian, as root)';

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function describeWithToolchain(name: string, commands: readonly string[], body: () => void): void {
  const missing = commands.filter((c) => !hasCommand(c));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const message = `${name}: missing ${missing.join(', ')}; ${INSTALL_HINT}`;
  if (process.env.MODELGEN_REQUIRE_TOOLCHAINS === '1') {
    describe(name, () => {
      test('toolchain is installed', () => {
        throw new Error(`${message} (required: MODELGEN_REQUIRE_TOOLCHAINS=1)`);
      });
    });
    return;
  }
  process.stderr.write(`\n*** SKIPPED ${message} ***\n\n`);
  describe.skip(name, body);
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command; on failure the error carries everything it printed. */
export function run(command: string, args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): string {
  try {
    return execFileSync(command, [...args], { cwd: options.cwd, input: options.input, env: options.env ?? process.env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} exited ${e.status}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}
