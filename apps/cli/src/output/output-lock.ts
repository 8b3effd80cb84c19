import { unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';

/** How long a build waits for another one writing the same `out/<id>` before giving up. */
const WAIT_MS = 120_000;
const POLL_MS = 50;

const held = new Set<string>();
let exitHook = false;

/** Lock files are removed even when the process exits in the middle (Ctrl-C, `process.exit`). */
function removeHeldOnExit(): void {
  if (exitHook) return;
  exitHook = true;
  process.on('exit', () => {
    for (const file of held) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock file that serialises writers of `out/<id>` (builds, watch, serve; across processes). */
export function lockFileOf(out: string, narrativeId: string): string {
  return path.join(out, `.lectern-lock-${narrativeId}`);
}

async function tryLock(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}

/** Removes a lock whose holder has died (a crash or a kill): its pid no longer runs. */
async function breakIfStale(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) return pid;
  // Note: an empty file may be a lock being written right now; only a lock older than a moment is broken.
  if (text === '' && Date.now() - (await lastChange(file)) < 2_000) return undefined;
  await unlink(file).catch(() => undefined);
  return undefined;
}

async function lastChange(file: string): Promise<number> {
  return (await stat(file).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
}

/**
 * Runs `work` holding the lock when no live process holds it; otherwise skips it and resolves to undefined.
 * For housekeeping that may wait for the next run (`recoverAllOutputs`).
 */
export async function ifOutputUnlocked<T>(
  out: string,
  narrativeId: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  const file = lockFileOf(out, narrativeId);
  removeHeldOnExit();
  if (!(await tryLock(file))) {
    if ((await breakIfStale(file)) !== undefined || !(await tryLock(file))) return undefined;
  }
  return holding(file, work);
}

/** Runs `work` with the lock `file` taken, and gives it back afterwards, whatever happens. */
async function holding<T>(file: string, work: () => Promise<T>): Promise<T> {
  held.add(file);
  try {
    return await work();
  } finally {
    held.delete(file);
    await unlink(file).catch(() => undefined);
  }
}

/**
 * Runs `work` while holding `out/.lectern-lock-<id>`: two builds writing one narrative's outputs at once (two
 * terminals, watch and build) take turns instead of tearing each other's folders. Waits up to two minutes for a
 * live holder, then refuses with a clear message.
 */
export async function withOutputLock<T>(out: string, narrativeId: string, work: () => Promise<T>): Promise<T> {
  const file = lockFileOf(out, narrativeId);
  removeHeldOnExit();
  const started = Date.now();
  let holder: number | undefined;
  while (!(await tryLock(file))) {
    holder = await breakIfStale(file);
    if (Date.now() - started > WAIT_MS) {
      throw new CliError(
        'build/locked',
        `another Lectern process${holder ? ` (pid ${holder})` : ''} is writing ${path.join(out, narrativeId)}`,
        {
          hint: `wait for it to finish, or stop it; if none is running, delete ${file}`,
        },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return holding(file, work);
}
