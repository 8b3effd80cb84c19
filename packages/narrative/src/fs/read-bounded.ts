import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../parse/limits.js';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** What `readBounded` gives for a path that is not a regular file (a folder, FIFO, socket or device). */
export const NOT_A_FILE = Symbol('not a regular file');

/** Never blocks on a FIFO (whose open waits for a writer forever); 0 where the platform lacks the flag. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file as UTF-8 text, never more than one byte past the size limit (so the parser can still report
 * `file/too-large`). Invalid byte sequences become U+FFFD, which the parser reports as `file/encoding`.
 * Resolves to undefined when the file does not exist, and to `NOT_A_FILE` for anything but a regular file:
 * the type is checked on the open handle before a byte is read, so a FIFO cannot hang the read.
 */
export async function readBounded(path: string): Promise<string | undefined | typeof NOT_A_FILE> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (cause) {
    if (isMissing(cause)) return undefined;
    if ((cause as { code?: unknown }).code === 'ENXIO') return NOT_A_FILE;
    throw cause;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return NOT_A_FILE;
    const { size } = info;
    const length = Math.min(size, MAX_FILE_BYTES + 1);
    const buffer = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return decoder.decode(buffer.subarray(0, read));
  } finally {
    await handle.close();
  }
}

export function isMissing(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
