import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type OutputFiles, sameData, topFolder } from '@lectern/course';
import { withOutputLock } from '../output/output-lock.js';
import { realPathOf } from '../output/real-path.js';
import { narrativeTarget, outputFile } from './output-paths.js';

let sequence = 0;

export interface ChangedWriteRequest {
  /** Absolute output root (`--out`). */
  out: string;
  narrativeId: string;
  /** The files of the build already on disk (the last one written). */
  previous: OutputFiles;
  next: OutputFiles;
  /**
   * `next` is one part of a build (a folder written while the rest renders): its changed files are written,
   * and nothing is removed; the write of the whole build comes later.
   */
  part?: boolean;
}

/**
 * Watch mode's write after the first build: only files whose bytes changed are written, each to a
 * temporary name beside it and renamed into place (atomic per file); files the new build no longer
 * produces are removed. A one-paragraph edit rewrites deck.md/deck.html instead of every folder.
 * @returns absolute paths of the files written, in the build's order
 */
export async function writeChanged(request: ChangedWriteRequest): Promise<string[]> {
  const { out, narrativeId, previous, next, part = false } = request;
  const target = narrativeTarget(realPathOf(out), narrativeId);
  const fileOf = (key: string): string => outputFile(target, key);
  const changed = [...next].filter(([key, data]) => !sameData(previous.get(key), data));
  for (const key of [...changed.map(([key]) => key), ...previous.keys()]) fileOf(key);
  const removes = !part && [...previous.keys()].some((key) => !next.has(key));
  if (changed.length === 0 && !removes) return [];
  await withOutputLock(realPathOf(out), narrativeId, () =>
    writeFiles(changed, removes ? previous : undefined, next, fileOf, target),
  );
  return changed.map(([key]) => path.join(out, narrativeId, ...key.split('/')));
}

async function writeFiles(
  changed: [string, string | Uint8Array][],
  previous: OutputFiles | undefined,
  next: OutputFiles,
  fileOf: (key: string) => string,
  target: string,
): Promise<void> {
  // Written side by side: the thread pool overlaps the big files (deck.html of each cut).
  await Promise.all(
    changed.map(async ([key, data]) => {
      const file = fileOf(key);
      const tmp = `${file}.tmp-${process.pid}-${sequence++}`;
      await mkdir(path.dirname(file), { recursive: true });
      try {
        await writeFile(tmp, data);
        await rename(tmp, file);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    }),
  );
  // Files (and folders) the new build no longer produces.
  if (!previous) return;
  for (const key of previous.keys()) {
    if (!next.has(key)) await rm(fileOf(key), { force: true });
  }
  // Whole folders go too (a cut removed from narrative.yaml).
  const folders = new Set([...next.keys()].map(topFolder));
  for (const folder of new Set([...previous.keys()].map(topFolder))) {
    if (!folders.has(folder)) await rm(path.join(target, folder), { recursive: true, force: true });
  }
}
