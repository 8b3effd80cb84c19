import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Format, OutputFiles } from '@lectern/course';
import { topFolder } from '@lectern/course';
import { outputFormat } from '../output/output-format.js';
import { withOutputLock } from '../output/output-lock.js';
import { realPathOf } from '../output/real-path.js';
import { recoverOutputs, scratchName } from '../output/recover-outputs.js';
import { assertReplaceable, STAMP_FILE, stampText } from '../output/stamp.js';
import { checkFolder, narrativeTarget, outputFile } from './output-paths.js';

/** The per-file temporary names `writeChanged` uses; never carried into a new output. */
const FILE_TEMP = /\.tmp-\d+-\d+$/;
let sequence = 0;

export interface WriteRequest {
  /** Absolute output root (`--out`). */
  out: string;
  narrativeId: string;
  files: OutputFiles;
  /** Top folders this build writes (`deck`, `deck-executive`, `quiz`); the others under out/<id> are kept. */
  folders: readonly string[];
  /** A full build: folders it does not write (a cut removed from narrative.yaml) are dropped too. */
  replaceAll?: boolean;
}

/** Refuses any path that would land outside `out/<id>/<folder>/`. */
function checkPaths(request: WriteRequest): void {
  const target = narrativeTarget(request.out, request.narrativeId);
  for (const folder of request.folders) checkFolder(folder);
  for (const key of request.files.keys()) outputFile(target, key, request.folders);
}

/**
 * Which files of the output on disk the new one keeps: in a folder this build writes, the files of formats it
 * did not write (a `watch` writing md and html keeps the last build's PDF, PNG and PPTX); folders it does not
 * write stay whole, unless the build replaces everything.
 */
function keeper(request: WriteRequest): (key: string) => boolean {
  const produced = new Map<string, Set<Format | undefined>>();
  for (const key of request.files.keys()) {
    const set = produced.get(topFolder(key)) ?? new Set();
    set.add(outputFormat(key));
    produced.set(topFolder(key), set);
  }
  return (key) => {
    if (!request.folders.includes(topFolder(key))) return request.replaceAll !== true;
    const format = outputFormat(key);
    return format !== undefined && !produced.get(topFolder(key))?.has(format);
  };
}

/** Hard-links (or copies) the kept files of the current output into the new one; outputs are never edited in place. */
async function carryOver(
  target: string,
  next: string,
  keep: (key: string) => boolean,
  files: OutputFiles,
): Promise<void> {
  const entries = await readdir(target, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || e.name === STAMP_FILE || FILE_TEMP.test(e.name)) continue;
    const from = path.join(e.parentPath, e.name);
    const key = path.relative(target, from).split(path.sep).join('/');
    if (files.has(key) || !keep(key)) continue;
    const to = path.join(next, ...key.split('/'));
    await mkdir(path.dirname(to), { recursive: true });
    await link(from, to).catch(() => copyFile(from, to));
  }
}

/**
 * Writes one narrative's outputs crash-safely: the new `out/<id>` is assembled in `out/.tmp-<id>-…` (the new files,
 * the kept ones, the `.lectern-output` stamp), then swapped in by two renames. A failure while writing leaves the
 * last good output untouched; a process killed between the renames leaves `.old-<id>-…`, which the next build puts
 * back (`recoverOutputs`). Only a folder Lectern stamped for this narrative is ever replaced, and writers of one
 * narrative take turns (`withOutputLock`).
 * @returns absolute paths of the files written, in order
 */
export async function writeOutputs(request: WriteRequest): Promise<string[]> {
  checkPaths(request);
  const { narrativeId } = request;
  const out = realPathOf(request.out);
  await mkdir(out, { recursive: true });
  await withOutputLock(out, narrativeId, async () => {
    await recoverOutputs(out, narrativeId);
    const target = path.join(out, narrativeId);
    await assertReplaceable(target, narrativeId);
    const n = sequence++;
    const tmp = path.join(out, scratchName('tmp', narrativeId, process.pid, n));
    const old = path.join(out, scratchName('old', narrativeId, process.pid, n));
    try {
      await mkdir(tmp);
      await writeFile(path.join(tmp, STAMP_FILE), stampText(narrativeId));
      for (const folder of request.folders) await mkdir(path.join(tmp, folder), { recursive: true });
      for (const [key, data] of request.files) {
        const file = path.join(tmp, ...key.split('/'));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, data);
      }
      await carryOver(target, tmp, keeper(request), request.files);
      await swap(tmp, target, old);
    } finally {
      await rm(tmp, { recursive: true, force: true });
      await rm(old, { recursive: true, force: true });
    }
  });
  return [...request.files.keys()].map((key) => path.join(request.out, narrativeId, ...key.split('/')));
}

/** Moves `target` aside to `old`, `next` into place; puts `old` back if the second rename fails. */
async function swap(next: string, target: string, old: string): Promise<void> {
  let moved = false;
  try {
    await rename(target, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(next, target);
  } catch (error) {
    if (moved) await rename(old, target);
    throw error;
  }
}
