import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, deck } from '../src/commands/build.js';
import { ioFor, tempProject } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const FORMATS = 'md,html';

describe('build', () => {
  it('writes each cut of the deck into the output layout and prints a summary', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    const io = ioFor(p.dir);
    expect(await build({ formats: FORMATS }, io)).toBe(0);
    for (const file of [
      'deck/deck.md',
      'deck/deck.html',
      'deck/theme-lectern.css',
      'deck-executive/deck.md',
      'deck-executive/deck.html',
    ]) {
      expect(existsSync(path.join(p.dir, 'out', 'mini', file)), file).toBe(true);
    }
    expect(io.out()).toMatch(/✔ mini {2}deck \d+ slides · deck-executive \d+ slides · \d+ files/);
    const html = readFileSync(path.join(p.dir, 'out/mini/deck/deck.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toContain('__lectern');
  });

  it('builds byte-identical output twice (deterministic)', { timeout: 600_000 }, async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    await build({ formats: FORMATS, out: 'a' }, ioFor(p.dir));
    await build({ formats: FORMATS, out: 'b' }, ioFor(p.dir));
    for (const file of ['deck/deck.md', 'deck/deck.html']) {
      expect(readFileSync(path.join(p.dir, 'b/mini', file))).toEqual(readFileSync(path.join(p.dir, 'a/mini', file)));
    }
  });

  it('keeps the last good output when the content breaks, and exits 1', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await build({ formats: FORMATS }, ioFor(p.dir))).toBe(0);
    const file = path.join(p.dir, 'out/mini/deck/deck.md');
    const before = readFileSync(file, 'utf8');
    const section = path.join(p.dir, 'content/mini/sections/01-the-shop.md');
    writeFileSync(section, readFileSync(section, 'utf8').replace("title: 'The shop'", 'title: [unclosed'));
    const io = ioFor(p.dir);
    expect(await build({ formats: FORMATS }, io)).toBe(1);
    expect(io.out()).toContain('not built');
    expect(io.err()).toMatch(/01-the-shop\.md:\d+:\d+ {2}error/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('`deck` leaves the quiz folder alone and respects --cut and --json', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    mkdirSync(path.join(p.dir, 'out/mini/quiz'), { recursive: true });
    writeFileSync(path.join(p.dir, 'out/mini/quiz/keep.txt'), 'kept');
    const io = ioFor(p.dir);
    expect(await deck({ formats: FORMATS, cut: 'executive', json: true }, io)).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.narratives[0].slides).toEqual([{ cut: 'executive', count: expect.any(Number) }]);
    expect(result.narratives[0].files).toContain('mini/deck-executive/deck.html');
    expect(readFileSync(path.join(p.dir, 'out/mini/quiz/keep.txt'), 'utf8')).toBe('kept');
    expect(existsSync(path.join(p.dir, 'out/mini/deck'))).toBe(false);
  });

  it('rejects bad flags as usage errors', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    await expect(build({ formats: 'md,docx' }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
    await expect(build({ seed: 'x' }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
    await expect(build({ theme: 'nope' }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
    await expect(build({ formats: FORMATS, cut: 'nope' }, ioFor(p.dir))).rejects.toMatchObject({ exitCode: 2 });
  });

  it('reads options from lectern.config.json, with flags winning', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    writeFileSync(
      path.join(p.dir, 'lectern.config.json'),
      JSON.stringify({ out: 'site', formats: ['md'], cuts: ['full'] }),
    );
    expect(await build({}, ioFor(p.dir))).toBe(0);
    expect(existsSync(path.join(p.dir, 'site/mini/deck/deck.md'))).toBe(true);
    expect(existsSync(path.join(p.dir, 'site/mini/deck/deck.html'))).toBe(false);
    expect(await build({ out: 'other' }, ioFor(p.dir))).toBe(0);
    expect(existsSync(path.join(p.dir, 'other/mini/deck/deck.md'))).toBe(true);
    writeFileSync(path.join(p.dir, 'lectern.config.json'), JSON.stringify({ seed: 'one' }));
    await expect(build({}, ioFor(p.dir))).rejects.toMatchObject({ code: 'config/invalid' });
  });
});
