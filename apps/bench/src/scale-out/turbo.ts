import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../measure/paths.js';

/** The repository's own turbo binary (a clone without node_modules runs it from here). */
export const TURBO_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'turbo');

/**
 * The environment for a turbo run in a copy of the repository: the caller's, less the variables a turbo task
 * running this code would pass down (so a bench or test started by turbo does not join its parent's run).
 */
export function turboEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('TURBO_') && key !== 'NODE_OPTIONS') env[key] = value;
  }
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1', ...extra };
}

export interface DryTask {
  taskId: string;
  hash: string;
  /** Tasks that depend on this one directly. */
  dependents: string[];
}

/** `turbo run build --dry=json` in `repo`: every task with its hash and direct dependents, by id. */
export async function dryRun(repo: string): Promise<Map<string, DryTask>> {
  const { stdout } = await promisify(execFile)(TURBO_BIN, ['run', 'build', '--dry=json'], {
    cwd: repo,
    env: turboEnv(),
    maxBuffer: 256 * 2 ** 20,
  });
  const dry = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { tasks: DryTask[] };
  return new Map(dry.tasks.map((t) => [t.taskId, { taskId: t.taskId, hash: t.hash, dependents: t.dependents ?? [] }]));
}

/** `task` and every task that depends on it, directly or not. */
export function withDependents(tasks: Map<string, DryTask>, task: string): string[] {
  const seen = new Set<string>();
  const queue = [task];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(tasks.get(id)?.dependents ?? []));
  }
  return [...seen].sort();
}

/** The ids of the tasks whose hash differs between two dry runs (or that only one has). */
export function changedTasks(before: Map<string, DryTask>, after: Map<string, DryTask>): string[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => before.get(id)?.hash !== after.get(id)?.hash).sort();
}
