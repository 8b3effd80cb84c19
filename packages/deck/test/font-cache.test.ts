import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryFontCache, type FontCache, isWholeWoff } from '../src/html/fonts/font-cache.js';
import { fontPackageDir, languageFaceFile } from '../src/html/fonts/font-slices.js';
import { subsetFace } from '../src/html/fonts/subset-face.js';
import { subsetterIdentity } from '../src/html/fonts/subsetter-identity.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-font-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A cache that counts what it was asked, around a folder cache. */
function counting(dir: string): FontCache & { reads: number; writes: number } {
  const inner = directoryFontCache(dir);
  const cache = {
    reads: 0,
    writes: 0,
    async read(key: string) {
      cache.reads += 1;
      return inner.read(key);
    },
    async write(key: string, data: Uint8Array) {
      cache.writes += 1;
      return inner.write(key, data);
    },
  };
  return cache;
}

const FACE_BUDGET = { timeout: 120_000 };

describe('subset fonts kept between processes', () => {
  const dir = fontPackageDir()!;
  const file = languageFaceFile(400);

  it('stores a new subset, then gives the same bytes from the cache without cutting again', FACE_BUDGET, async () => {
    const folder = path.join(root, 'a');
    // A text no other test asks for, so this process's in-memory subsets do not answer first.
    const text = '缓存测试一二三';
    const first = counting(folder);
    const made = await subsetFace(dir, file, text, first);
    expect(first.writes).toBe(1);
    const [stored] = readdirSync(folder);
    expect(stored).toMatch(/^[0-9a-f]{64}\.woff$/);
    expect(isWholeWoff(readFileSync(path.join(folder, stored!)))).toBe(true);
    expect(Buffer.from(made, 'base64').equals(readFileSync(path.join(folder, stored!)))).toBe(true);

    // Another spelling of the font folder is another in-memory entry (as in a new process), the same cache key.
    const again = counting(folder);
    const hit = await subsetFace(`${dir}${path.sep}`, file, text, again);
    expect(hit).toBe(made);
    expect([again.reads, again.writes]).toEqual([1, 0]);
  });

  it('cuts again when the cached file is not a whole WOFF (a torn or foreign file)', FACE_BUDGET, async () => {
    const folder = path.join(root, 'b');
    const text = '损坏的缓存文件';
    const cache = counting(folder);
    const made = await subsetFace(dir, file, text, cache);
    const [stored] = readdirSync(folder);
    writeFileSync(path.join(folder, stored!), 'wOFF but cut short');
    // The same text under another font-file spelling is another in-memory entry, the same cache key.
    const fresh = counting(folder);
    const remade = await subsetFace(`${dir}${path.sep}`, file, text, fresh);
    expect(remade).toBe(made);
    expect(fresh.writes).toBe(1);
    expect(isWholeWoff(readFileSync(path.join(folder, stored!)))).toBe(true);
  });

  it('names the packages that cut and pack a subset, with their versions', () => {
    expect(subsetterIdentity()).toMatch(
      /^subset-font@\d+\.\d+\.\d+ harfbuzzjs@\d+\.\d+\.\d+ fontverter@\d+\.\d+\.\d+ woff2sfnt-sfnt2woff@\S+ pako@\d/,
    );
  });

  it('drops a write it cannot make, and misses on a folder it cannot read', async () => {
    const blocked = path.join(root, 'not-a-folder');
    writeFileSync(blocked, '');
    const cache = directoryFontCache(path.join(blocked, 'fonts'));
    await expect(cache.write('k', new Uint8Array([1]))).resolves.toBeUndefined();
    await expect(cache.read('k')).resolves.toBeUndefined();
  });
});
