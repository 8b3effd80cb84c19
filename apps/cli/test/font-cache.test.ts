import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../src/commands/build.js';
import { ioFor, tempProject } from './helpers.js';

// Note: its own file, so no earlier test in this process has cut these subsets in memory already.
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the font cache', () => {
  it('keeps subset fonts in the cache folder and builds the same deck.html from them', {
    timeout: 600_000,
  }, async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const env = { LECTERN_CACHE_DIR: path.join(p.dir, 'cache') };
    expect(await build({ formats: 'html', out: 'a' }, ioFor(p.dir, env))).toBe(0);
    const fonts = path.join(p.dir, 'cache', 'fonts');
    expect(readdirSync(fonts).filter((f) => f.endsWith('.woff')).length).toBeGreaterThan(0);
    expect(await build({ formats: 'html', out: 'b' }, ioFor(p.dir, env))).toBe(0);
    expect(await build({ formats: 'html', out: 'c' }, ioFor(p.dir, { LECTERN_CACHE_DIR: 'off' }))).toBe(0);
    const html = (out: string) => readFileSync(path.join(p.dir, out, 'mini/deck/deck.html'));
    expect(html('b')).toEqual(html('a'));
    expect(html('c')).toEqual(html('a'));
  });
});
