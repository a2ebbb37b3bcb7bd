import { spawn, spawnSync } from 'node:child_process';

export interface ShellResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Whether a program answers on this machine, for tests that need it. */
export function hasProgram(name: string, args: readonly string[] = ['--version']): boolean {
  const result = spawnSync(name, args, { stdio: 'ignore', timeout: 20_000 });
  return result.error === undefined && result.status === 0;
}

/** Runs a program with no standard input and a time limit, collecting its output. */
export function runProgram(
  program: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
      cwd: options.cwd,
      timeout: options.timeoutMs ?? 30_000,
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr }));
  });
}
