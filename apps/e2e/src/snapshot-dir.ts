import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` (recursively), keyed by its `/`-separated path relative to `dir`, sorted. */
export async function snapshotDir(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const out = new Map<string, Buffer>();
  for (const file of files) out.set(file, await readFile(path.join(dir, ...file.split('/'))));
  return out;
}

/** The differences between two snapshots, one line each (`+ added`, `- removed`, `~ changed`); empty when equal. */
export function diffSnapshots(before: ReadonlyMap<string, Buffer>, after: ReadonlyMap<string, Buffer>): string[] {
  const diffs: string[] = [];
  for (const [file, data] of before) {
    const now = after.get(file);
    if (!now) diffs.push(`- ${file}`);
    else if (!now.equals(data)) diffs.push(`~ ${file}`);
  }
  for (const file of after.keys()) if (!before.has(file)) diffs.push(`+ ${file}`);
  return diffs.sort();
}
