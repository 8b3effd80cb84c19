import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeckModel, createDeckRenderer, directoryFontCache, renderDeckNotesHtml } from '../src/index.js';
import { smallNarrative } from './fixtures/small-narrative.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-notes-fonts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the notes pages use the renderer’s font cache', () => {
  it('stores their subset faces in the cache folder, and a second build reads them back unchanged', {
    timeout: 120_000,
  }, async () => {
    const deck = buildDeckModel(smallNarrative());
    const folder = path.join(root, 'fonts');
    const first = await renderDeckNotesHtml(deck, createDeckRenderer({ fontCache: directoryFontCache(folder) }));
    const stored = readdirSync(folder).filter((f) => f.endsWith('.woff'));
    expect(stored.length).toBeGreaterThan(0);
    expect(first).toContain('@font-face');
    // Another renderer over the same folder (as in the next build) gives the same page, adding no face.
    let writes = 0;
    const cache = directoryFontCache(folder);
    const watching = {
      read: cache.read,
      write: async (key: string, data: Uint8Array) => {
        writes += 1;
        await cache.write(key, data);
      },
    };
    const second = await renderDeckNotesHtml(deck, createDeckRenderer({ fontCache: watching }));
    expect(second).toBe(first);
    expect(writes).toBe(0);
    expect(createDeckRenderer().fontCache).toBeUndefined();
  });
});
