import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes a narrative's files (paths relative to `dir`) to disk, creating folders as needed. */
export async function writeNarrative(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files).sort(([x], [y]) => x.localeCompare(y))) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}
