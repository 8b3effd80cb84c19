import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { memoryIo, runCli } from '@lectern/cli';
import { copyDir, tempDir } from '../../src/narrative-files.js';
import { BASE_NARRATIVE } from '../../src/paths.js';

/** A throwaway project: `<root>/content/e2e-base` holds the small valid narrative. */
export interface Project {
  root: string;
  content: string;
  narrative: string;
}

export async function makeProject(prefix = 'lectern-safety-'): Promise<Project> {
  const root = await tempDir(prefix);
  const content = path.join(root, 'content');
  const narrative = path.join(content, 'e2e-base');
  await copyDir(BASE_NARRATIVE, narrative);
  return { root, content, narrative };
}

/** Runs the CLI in-process from `cwd`; returns the exit code and what it printed. */
export async function lectern(
  cwd: string,
  args: readonly string[],
  signal?: AbortSignal,
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo({ cwd });
  const code = await runCli(args, io, signal);
  return { code, out: io.out(), err: io.err() };
}

/** Temporary and half-swapped folders a build may leave in an output root (`.tmp-…`, `.old-…`). */
export async function scratchLeft(out: string): Promise<string[]> {
  const names = await readdir(out).catch(() => [] as string[]);
  return names.filter((n) => /^\.(tmp|old)-/.test(n) || /^\.lectern-lock-/.test(n));
}

/** Waits until `condition` holds, checking every 50 ms; throws with `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
