import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where subset faces are kept between processes, under a key that names everything their bytes depend on
 * (see `subsetFace`). Best effort: a read that fails is a miss, a write that fails is dropped.
 */
export interface FontCache {
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, data: Uint8Array): Promise<void>;
}

/**
 * A font cache in a folder: one `<key>.woff` file per subset face. A file is written under a temporary name
 * and renamed into place, so a process reading it (another build running at the same time) sees all of it
 * or nothing.
 */
export function directoryFontCache(dir: string): FontCache {
  const file = (key: string) => join(dir, `${key}.woff`);
  return {
    async read(key) {
      try {
        return await readFile(file(key));
      } catch {
        return undefined;
      }
    },
    async write(key, data) {
      const temp = `${file(key)}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temp, data);
        await rename(temp, file(key));
      } catch {
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },
  };
}

/** Whether `data` is a whole WOFF 1.0 file: the signature, and the length its header gives. */
export function isWholeWoff(data: Uint8Array): boolean {
  if (data.length < 44) return false;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return view.getUint32(0) === 0x774f4646 && view.getUint32(8) === data.length;
}
