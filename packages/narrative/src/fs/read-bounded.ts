import { open } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../parse/limits.js';

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads a file as UTF-8 text, never more than one byte past the size limit (so the parser can still report
 * `file/too-large`). Invalid byte sequences become U+FFFD, which the parser reports as `file/encoding`.
 * Resolves to undefined when the file does not exist.
 */
export async function readBounded(path: string): Promise<string | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    if (isMissing(cause)) return undefined;
    throw cause;
  }
  try {
    const { size } = await handle.stat();
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
