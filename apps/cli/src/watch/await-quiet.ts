import { stat } from 'node:fs/promises';
import type { ParseCache } from '@lectern/narrative';
import { changedFiles, type Fingerprint, narrativeFingerprint } from './fingerprint.js';

/** How long the files must have gone unmodified before a failed build's errors are believed. */
export const QUIET_MS = 150;
/** For a file left empty (a save truncated and not yet written): how long to wait for the rest. */
export const EMPTY_QUIET_MS = 1_000;
/** How often the files are looked at meanwhile. */
const POLL_MS = 20;
/** The longest wait, whatever the clock says (a file stamped in the future). */
const MAX_WAIT_MS = 2_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest modification time of the files, and whether one of them is empty; missing files are left out. */
async function lastWrite(files: Iterable<string>): Promise<{ mtimeMs: number; empty: boolean }> {
  let mtimeMs = 0;
  let empty = false;
  await Promise.all(
    [...files].map(async (file) => {
      const s = await stat(file).catch(() => undefined);
      if (!s) return;
      mtimeMs = Math.max(mtimeMs, s.mtimeMs);
      if (s.size === 0) empty = true;
    }),
  );
  return { mtimeMs, empty };
}

/**
 * After a build that found errors: waits until the narrative's files have been quiet for `QUIET_MS` (a file left
 * empty, `EMPTY_QUIET_MS`), so a save read half-written (truncated, then written; slow under load) is not
 * reported as an error. Returns the files whose text moved on since `read` was taken (then the caller builds
 * again instead of reporting), or none once the files are quiet and still as read. A save that is complete costs
 * nothing here: only builds with errors wait.
 * @param read the fingerprint of the files the failed build read
 * @param stop tells the wait to give up (watch mode closing)
 * @param cache the narrative's parse cache (see `narrativeFingerprint`)
 */
export async function awaitQuiet(
  dir: string,
  read: Fingerprint,
  stop: () => boolean,
  cache?: ParseCache,
): Promise<string[]> {
  const started = Date.now();
  for (;;) {
    const moved = changedFiles(read, await narrativeFingerprint(dir, cache));
    if (moved.length > 0 || stop()) return moved;
    const { mtimeMs, empty } = await lastWrite(read.keys());
    const quiet = Date.now() - mtimeMs;
    if (quiet >= (empty ? EMPTY_QUIET_MS : QUIET_MS) || Date.now() - started >= MAX_WAIT_MS) return [];
    await sleep(Math.max(POLL_MS, Math.min(QUIET_MS - quiet, POLL_MS * 5)));
  }
}
