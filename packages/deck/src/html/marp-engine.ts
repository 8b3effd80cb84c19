import { createRequire } from 'node:module';
import type { Marp } from '@marp-team/marp-core';
import { ownThemeCss } from '../themes/themes.js';
import { type CachingMarpClass, cachingMarp } from './caching-marp.js';
import { chartLinks } from './chart-links-plugin.js';
import { useLinearSlideRule } from './linear-slide-rule.js';

const require = createRequire(import.meta.url);
let marpClass: CachingMarpClass | undefined;

/**
 * Marp Core takes ~0.4 s to load (markdown-it plugins, MathJax); it is required on first use so that
 * commands that render no HTML (check, quiz-only builds) never load it.
 */
function loadMarp(): CachingMarpClass {
  marpClass ??= cachingMarp((require('@marp-team/marp-core') as typeof import('@marp-team/marp-core')).Marp);
  return marpClass;
}

/**
 * A Marp Core instance with our settings, changed through its public options and `marp.use(plugin)`:
 * no raw HTML, no math, no emoji images (they would load from a CDN), no Marp browser script (the player
 * script replaces it), our themes registered, chart data URLs allowed and linkify off; Marpit's slide splitter
 * swapped for a linear one (same output).
 */
export function createMarp(): Marp & { readonly packs: number } {
  const MarpClass = loadMarp();
  const marp = new MarpClass({
    html: false,
    math: false,
    emoji: { shortcode: false, unicode: false },
    script: false,
    minifyCSS: false,
  });
  for (const css of ownThemeCss()) marp.themeSet.add(css);
  marp.use(chartLinks);
  useLinearSlideRule(marp);
  return marp;
}
