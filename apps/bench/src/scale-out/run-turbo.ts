import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunSummary } from './run-summary.js';
import { TURBO_BIN, turboEnv } from './turbo.js';

export interface TurboRun {
  ms: number;
  /** CPU time (user + system) of turbo and every process it waited for, in ms (bash's `times`). */
  cpuMs: number;
  summary: RunSummary;
  output: string;
}

/** Reads the children's user and system times from the second line of bash's `times` (`0m1.234s 0m0.100s`). */
export function parseTimes(text: string): number {
  const line = text.trim().split('\n').at(-1) ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  if (parts.length < 2) throw new Error(`cannot read CPU times from "${line}"`);
  return parts[0]! + parts[1]!;
}

/**
 * `turbo run build --summarize <args>` in `repo` with `env` added, through bash so the CPU time of every
 * process of the run can be read; throws with turbo's output when it fails.
 */
export async function runTurboBuild(
  repo: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<TurboRun> {
  const quoted = [TURBO_BIN, 'run', 'build', '--summarize', '--output-logs=errors-only', ...args].map(
    (a) => `'${a.replaceAll("'", "'\\''")}'`,
  );
  const script = `${quoted.join(' ')} >&2; code=$?; times; exit $code`;
  const started = performance.now();
  const child = spawn('bash', ['-c', script], { cwd: repo, env: turboEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (output = (output + d).slice(-20_000)));
  const code: number | null = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`turbo run build ${args.join(' ')} exited ${code} in ${repo}\n${output}`);
  const runs = path.join(repo, '.turbo', 'runs');
  const files = (await readdir(runs)).filter((f) => f.endsWith('.json')).sort();
  const latest = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(runs, f), 'utf8')) as RunSummary),
  );
  const summary = latest.sort((a, b) => a.execution.startTime - b.execution.startTime).at(-1)!;
  return { ms, cpuMs: parseTimes(stdout), summary, output };
}
