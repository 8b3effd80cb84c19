import { lstat, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ifOutputUnlocked } from './output-lock.js';
import { readStamp } from './stamp.js';

/** `.tmp-<id>-<pid>-<n>` (a build being written) and `.old-<id>-<pid>-<n>` (the output it replaces). */
export function scratchName(kind: 'tmp' | 'old', narrativeId: string, pid: number, n: number): string {
  return `.${kind}-${narrativeId}-${pid}-${n}`;
}

function scratchPattern(narrativeId: string): RegExp {
  return new RegExp(`^\\.(tmp|old)-${narrativeId.replace(/[.]/g, '\\.')}-\\d+-\\d+$`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Repairs what a build killed half-way left in `out` for one narrative (call it holding the output lock): when
 * `out/<id>` is missing but the output it was replacing survives as `.old-…`, that output is put back; then the
 * stale `.tmp-…`/`.old-…` folders of the narrative are removed. Only folders stamped for this narrative (or left
 * empty) are touched.
 */
export async function recoverOutputs(out: string, narrativeId: string): Promise<void> {
  const pattern = scratchPattern(narrativeId);
  const entries = (await readdir(out, { withFileTypes: true }).catch(() => [])).filter(
    (e) => e.isDirectory() && pattern.test(e.name),
  );
  if (entries.length === 0) return;
  const ours: { dir: string; old: boolean; mtime: number }[] = [];
  for (const e of entries) {
    const dir = path.join(out, e.name);
    const stamped = (await readStamp(dir)) === narrativeId;
    const empty = !stamped && (await readdir(dir).catch(() => ['?'])).length === 0;
    if (stamped || empty)
      ours.push({ dir, old: e.name.startsWith('.old-') && stamped, mtime: (await lstat(dir)).mtimeMs });
  }
  const target = path.join(out, narrativeId);
  const survivor = ours.filter((o) => o.old).sort((a, b) => b.mtime - a.mtime)[0];
  if (survivor && !(await exists(target))) {
    await rename(survivor.dir, target);
    ours.splice(ours.indexOf(survivor), 1);
  }
  for (const { dir } of ours) await rm(dir, { recursive: true, force: true });
}

/**
 * `recoverOutputs` for every narrative that a killed build left scratch folders for in `out`, at the start of
 * `build`, `watch` and `serve`: an invalid narrative (never written) gets its last good output back too. A
 * narrative another live process is writing is left to that process.
 */
export async function recoverAllOutputs(out: string): Promise<void> {
  const entries = await readdir(out, { withFileTypes: true }).catch(() => []);
  const ids = new Set<string>();
  for (const e of entries) {
    if (!e.isDirectory() || !/^\.(tmp|old)-.+-\d+-\d+$/.test(e.name)) continue;
    const id = await readStamp(path.join(out, e.name));
    if (id !== undefined && e.name.startsWith(`.${e.name.slice(1, 4)}-${id}-`)) ids.add(id);
  }
  for (const id of ids) await ifOutputUnlocked(out, id, () => recoverOutputs(out, id));
}
