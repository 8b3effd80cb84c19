import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAYER_BUNDLE, bundlePlayer } from '../../scripts/bundle-player.mjs';

describe('templates/quiz-player.js', () => {
  it('is the bundle of player/*.js as they are now (run `pnpm -F @lectern/quiz build` after editing them)', async () => {
    expect(await bundlePlayer()).toBe(readFileSync(PLAYER_BUNDLE, 'utf8'));
  });

  it('bundles to the same bytes twice, one script with no imports or exports left', async () => {
    const text = await bundlePlayer();
    expect(await bundlePlayer()).toBe(text);
    expect(text).not.toMatch(/^\s*(import|export)\s/m);
    expect(text.trimEnd().endsWith('})();')).toBe(true);
  });
});
