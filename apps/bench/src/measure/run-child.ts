import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ChildRun {
  /** Wall-clock time from spawn to exit, in milliseconds. */
  ms: number;
  /** Largest resident set size any Node process of the run reached, in bytes (from `process.resourceUsage().maxRSS`). */
  peakRssBytes?: number;
  /** CPU time (user + system) of the run's Node processes, in milliseconds: less disturbed by a busy machine than wall time. */
  cpuMs?: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Kill the child after this long. @default 600000 */
  timeoutMs?: number;
}

// Note: every Node process started under NODE_OPTIONS appends its peak RSS on exit; the run's peak is the largest.
const REPORTER = `import { appendFileSync } from 'node:fs';
const file = process.env.LECTERN_BENCH_RSS_FILE;
if (file) process.on('exit', () => {
  const u = process.resourceUsage();
  appendFileSync(file, u.maxRSS * 1024 + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n');
});
`;

let reporterDir: string | undefined;
function reporterPath(): string {
  if (!reporterDir) {
    reporterDir = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-rss-'));
    writeFileSync(path.join(reporterDir, 'report-rss.mjs'), REPORTER);
    process.once('exit', () => rmSync(reporterDir!, { recursive: true, force: true }));
  }
  return path.join(reporterDir, 'report-rss.mjs');
}

/**
 * Reads the reporter's lines (`<maxRSS bytes> <CPU µs>`, one per Node process): the largest RSS and
 * the summed CPU time in ms; undefined when no process reported.
 */
export function readUsage(text: string): { peakRssBytes: number; cpuMs: number } | undefined {
  const rows = text
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((r) => r.length === 2 && r.every((n) => Number.isFinite(n) && n >= 0) && r[0]! > 0);
  if (rows.length === 0) return undefined;
  return { peakRssBytes: Math.max(...rows.map((r) => r[0]!)), cpuMs: rows.reduce((sum, r) => sum + r[1]!, 0) / 1000 };
}

/** Runs a command to completion as a new process and measures its wall time and peak RSS. */
export function runChild(command: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildRun> {
  const reporter = reporterPath();
  const rssFile = path.join(
    path.dirname(reporter),
    `rss-${process.pid}-${Date.now()}-${Math.floor(performance.now() * 1000)}.txt`,
  );
  writeFileSync(rssFile, '');
  const env = { ...process.env, ...options.env };
  const nodeOptions = [env.NODE_OPTIONS ?? '', `--import=${reporter}`].join(' ').trim();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...env, NODE_OPTIONS: nodeOptions, LECTERN_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      const usage = readUsage(readFileSync(rssFile, 'utf8'));
      rmSync(rssFile, { force: true });
      resolve({ ms, code, stdout, stderr, ...usage });
    });
  });
}

/** Like runChild, but throws with the child's output when it exits non-zero. */
export async function runChildOk(
  command: string,
  args: readonly string[],
  options: ChildOptions = {},
): Promise<ChildRun> {
  const run = await runChild(command, args, options);
  if (run.code !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} exited ${run.code}\n${run.stderr.slice(-4000)}${run.stdout.slice(-2000)}`,
    );
  }
  return run;
}
