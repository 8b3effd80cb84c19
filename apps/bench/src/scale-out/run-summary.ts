export interface SummaryTask {
  taskId: string;
  command: string;
  cache: { status: 'HIT' | 'MISS'; source?: 'LOCAL' | 'REMOTE'; remote?: boolean };
  execution?: { startTime: number; endTime: number; exitCode: number | null };
}

/** What a turbo run's `--summarize` file (`.turbo/runs/<id>.json`) says about it. */
export interface RunSummary {
  tasks: SummaryTask[];
  execution: { startTime: number; endTime: number; exitCode: number };
}

/** turbo's placeholder command for a package without the task's script: nothing runs, nothing is cached. */
const NO_SCRIPT = '<NONEXISTENT>';

/** The tasks that run a script (those turbo can cache). */
export function cachableTasks(summary: RunSummary): SummaryTask[] {
  return summary.tasks.filter((t) => t.command !== NO_SCRIPT);
}

/** Share (0–100) of the cachable tasks restored from the remote cache, with the counts. */
export function remoteHitRate(summary: RunSummary): { percent: number; hits: number; tasks: number; misses: string[] } {
  const tasks = cachableTasks(summary);
  const hit = tasks.filter((t) => t.cache.status === 'HIT' && (t.cache.source === 'REMOTE' || t.cache.remote === true));
  const misses = tasks.filter((t) => !hit.includes(t)).map((t) => t.taskId);
  return {
    percent: tasks.length === 0 ? 0 : (hit.length / tasks.length) * 100,
    hits: hit.length,
    tasks: tasks.length,
    misses,
  };
}

/**
 * The span of the tasks matching `pick`, from the first start to the last end, in ms, and how many there
 * were: e.g. how long the narrative builds of a run took once the packages were built.
 */
export function taskSpan(summary: RunSummary, pick: (t: SummaryTask) => boolean): { ms: number; count: number } {
  const picked = summary.tasks.filter((t) => pick(t) && t.execution);
  if (picked.length === 0) return { ms: 0, count: 0 };
  const start = Math.min(...picked.map((t) => t.execution!.startTime));
  const end = Math.max(...picked.map((t) => t.execution!.endTime));
  return { ms: end - start, count: picked.length };
}
