import { spawn } from 'node:child_process';
import { CLI_BIN } from './paths.js';

export interface RunOptions {
  cwd?: string;
  /** Killed (SIGKILL) after this long; the result says `timedOut`. @default 180000 */
  timeoutMs?: number;
  /** V8 heap limit of the child, in MB. @default 512 */
  maxOldSpaceMb?: number;
  env?: Record<string, string | undefined>;
  /** The script to run instead of the lectern binary. */
  script?: string;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs `node --max-old-space-size=<n> apps/cli/dist/bin.js …args` in a child process and collects its output. */
export function runLectern(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const heap = options.maxOldSpaceMb ?? 512;
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LECTERN_DEBUG: undefined, ...options.env };
  const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, options.script ?? CLI_BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 180_000);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}
