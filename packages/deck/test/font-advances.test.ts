import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADVANCES_FILE, fontAdvancesSource } from '../scripts/font-advances.mjs';
import { advance } from '../src/overflow/font-metrics.js';

describe('src/overflow/font-advances.ts', () => {
  it('is the table of the installed font packages (run `pnpm -F @lectern/deck fonts` after updating them)', {
    timeout: 300_000,
  }, () => {
    expect(fontAdvancesSource()).toBe(readFileSync(ADVANCES_FILE, 'utf8'));
  });

  it('gives each face its own widths: ideographs 1 em, Latin proportional, Noto Sans wider than Noto Sans SC', () => {
    expect(advance(0x4e9a, 'sc', false)).toBe(1000);
    expect(advance(0x4e9a, 'latin', true)).toBe(1000);
    expect(advance('，'.codePointAt(0)!, 'sc', false)).toBe(1000);
    const i = advance(0x69, 'sc', false);
    const m = advance(0x6d, 'sc', false);
    expect(i).toBeLessThan(m);
    expect(advance(0x6d, 'latin', false)).toBeGreaterThan(m);
    expect(advance(0x6d, 'sc', true)).toBeGreaterThan(m);
    // A word joiner takes no room; a character no embedded face holds is estimated.
    expect(advance(0x2060, 'sc', false)).toBe(0);
    expect(advance(0x1f600, 'sc', false)).toBe(1000);
  });
});
