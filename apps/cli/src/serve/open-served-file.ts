import { constants } from 'node:fs';
import { type FileHandle, open, realpath } from 'node:fs/promises';
import path from 'node:path';

/** Flags that never follow a final symbolic link and never block on a FIFO (0 where the platform lacks them). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface ServedFile {
  handle: FileHandle;
  size: number;
  mtimeMs: number;
}

/**
 * Opens `file` (a path under `root` from `resolveUnder`) for serving, or undefined when it must not be served:
 * missing, not a regular file (folders, FIFOs, devices), or reached through a symbolic link anywhere on its way
 * (`out/x -> /` must not expose `/etc/passwd`).
 */
export async function openServedFile(root: string, file: string): Promise<ServedFile | undefined> {
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  } catch {
    return undefined;
  }
  if (real !== path.join(realRoot, path.relative(root, file))) return undefined;
  let handle: FileHandle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  const info = await handle.stat().catch(() => undefined);
  if (!info?.isFile()) {
    await handle.close();
    return undefined;
  }
  return { handle, size: info.size, mtimeMs: info.mtimeMs };
}
