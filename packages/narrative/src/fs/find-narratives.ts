import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { META_FILE } from '../parse/meta-file.js';
import { isMissing } from './read-bounded.js';

const MAX_DEPTH = 4;

/**
 * Absolute paths of the folders at or under `root` that hold a `narrative.yaml`, sorted. Skips dot folders and
 * `node_modules`, and does not descend into a narrative's own folder or deeper than a few levels.
 */
export async function findNarratives(root: string): Promise<string[]> {
  const found: string[] = [];
  await visit(resolve(root), 0, found);
  return found.sort();
}

async function visit(dir: string, depth: number, found: string[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    if (isMissing(cause)) return;
    throw cause;
  }
  if (entries.some((e) => e.isFile() && e.name === META_FILE)) {
    found.push(dir);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') await visit(join(dir, e.name), depth + 1, found);
  }
}
