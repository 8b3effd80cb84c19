import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { META_FILE } from '../parse/meta-file.js';
import { isMissing } from './read-bounded.js';

const MAX_DEPTH = 4;

/**
 * Absolute paths of the folders at or under `root` that hold a `narrative.yaml`, sorted. Skips dot folders and
 * `node_modules`, and does not descend into a narrative's own folder or deeper than a few levels. A symbolic
 * link to a folder is followed (a narrative kept elsewhere and linked into the content folder), each real
 * folder once, so links cannot loop.
 */
export async function findNarratives(root: string): Promise<string[]> {
  const found: string[] = [];
  await visit(resolve(root), 0, found, new Set());
  return found.sort();
}

/** Whether `entry` (in `dir`) is a folder, or a symbolic link to one. */
async function isFolder(dir: string, entry: import('node:fs').Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  return (await stat(join(dir, entry.name)).catch(() => undefined))?.isDirectory() ?? false;
}

async function visit(dir: string, depth: number, found: string[], seen: Set<string>): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    if (isMissing(cause)) return;
    throw cause;
  }
  if (entries.some((e) => (e.isFile() || e.isSymbolicLink()) && e.name === META_FILE)) {
    found.push(dir);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  for (const e of entries) {
    if (!e.name.startsWith('.') && e.name !== 'node_modules' && (await isFolder(dir, e)))
      await visit(join(dir, e.name), depth + 1, found, seen);
  }
}
