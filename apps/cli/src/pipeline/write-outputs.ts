import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';
import type { OutputFiles } from './output-files.js';
import { topFolder } from './output-files.js';

const SAFE_ID = /^[a-z0-9][a-z0-9._-]*$/;
let sequence = 0;

export interface WriteRequest {
  /** Absolute output root (`--out`). */
  out: string;
  narrativeId: string;
  files: OutputFiles;
  /** Top folders to replace (`deck`, `deck-executive`, `quiz`); the others under out/<id> are kept. */
  folders: readonly string[];
  /** Replace the whole `out/<id>` folder (a full build), dropping folders no longer produced. */
  replaceAll?: boolean;
}

/** Refuses any path that would land outside `out/<id>/<folder>/`. */
function checkPaths(request: WriteRequest): void {
  if (!SAFE_ID.test(request.narrativeId) || request.narrativeId.includes('..')) {
    throw new CliError('build/unsafe-path', `refusing to write outputs for narrative id "${request.narrativeId}"`);
  }
  for (const folder of request.folders) {
    if (!SAFE_ID.test(folder)) throw new CliError('build/unsafe-path', `refusing to write folder "${folder}"`);
  }
  for (const key of request.files.keys()) {
    const normal = path.posix.normalize(key);
    if (normal !== key || key.startsWith('/') || key.split('/').includes('..') || !request.folders.includes(topFolder(key))) {
      throw new CliError('build/unsafe-path', `refusing to write "${key}" outside its output folder`);
    }
  }
}

/**
 * Writes one narrative's outputs atomically: everything goes to `out/.tmp-<id>-<pid>-<n>` first and is
 * then swapped in by rename, so a failure while writing leaves the last good output untouched.
 * @returns absolute paths of the files written, in order
 */
export async function writeOutputs(request: WriteRequest): Promise<string[]> {
  checkPaths(request);
  const { out, narrativeId } = request;
  const tag = `${narrativeId}-${process.pid}-${sequence++}`;
  const tmp = path.join(out, `.tmp-${tag}`);
  const old = path.join(out, `.old-${tag}`);
  const target = path.join(out, narrativeId);
  if (existsSync(path.join(target, 'narrative.yaml'))) {
    throw new CliError('build/unsafe-path', `refusing to replace ${target}: it holds a narrative (narrative.yaml)`, { hint: 'choose an --out folder outside the content' });
  }
  await mkdir(out, { recursive: true });
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const folder of request.folders) await mkdir(path.join(tmp, folder), { recursive: true });
    for (const [key, data] of request.files) {
      const file = path.join(tmp, ...key.split('/'));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    }
    if (request.replaceAll) await swap(tmp, target, old);
    else {
      await mkdir(target, { recursive: true });
      await mkdir(old, { recursive: true });
      for (const folder of request.folders) await swap(path.join(tmp, folder), path.join(target, folder), path.join(old, folder));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
  return [...request.files.keys()].map((key) => path.join(target, ...key.split('/')));
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
