import { createRequire } from 'node:module';
import type { Marp } from '@marp-team/marp-core';
import { ownThemeCss } from '../themes/themes.js';

const require = createRequire(import.meta.url);
let marpClass: typeof Marp | undefined;

/**
 * Marp Core takes ~0.4 s to load (markdown-it plugins, MathJax); it is required on first use so that
 * commands that render no HTML (check, quiz-only builds) never load it.
 */
function loadMarp(): typeof Marp {
  marpClass ??= (require('@marp-team/marp-core') as typeof import('@marp-team/marp-core')).Marp;
  return marpClass;
}

/** Only our own chart images may be data URLs of SVG; content cannot write links (it is escaped). */
const CHART_DATA_URL = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/;

/**
 * A Marp Core instance with our settings: no raw HTML, no math, no emoji images (they would load
 * from a CDN), no Marp browser script (the player script replaces it), our themes registered.
 */
export function createMarp(): Marp {
  const MarpClass = loadMarp();
  const marp = new MarpClass({
    html: false,
    math: false,
    emoji: { shortcode: false, unicode: false },
    script: false,
    minifyCSS: false,
  });
  for (const css of ownThemeCss()) marp.themeSet.add(css);
  const md = marp.markdown as { validateLink: (url: string) => boolean; set: (o: object) => void };
  const validate = md.validateLink.bind(md);
  md.validateLink = (url: string) => CHART_DATA_URL.test(url) || validate(url);
  md.set({ linkify: false });
  memoiseStyle(marp);
  return marp;
}

/** Theme CSS packs kept per instance; a deck uses one theme, so a handful of entries is plenty. */
const STYLE_CACHE_SIZE = 8;

/**
 * Marpit packs the theme CSS through postcss on every render (~5 ms, most of a small deck's render),
 * though the result depends only on the theme, the global directives and the pack options. The
 * pack is kept under those inputs (serialised), so a re-render with the same front matter reuses it.
 */
function memoiseStyle(marp: Marp): void {
  const internal = marp as unknown as {
    renderStyle: (theme: string | undefined) => string;
    themeSetPackOptions: () => unknown;
    lastGlobalDirectives: unknown;
  };
  const pack = internal.renderStyle.bind(marp);
  const cache = new Map<string, string>();
  internal.renderStyle = (theme) => {
    const key = JSON.stringify([theme ?? null, internal.lastGlobalDirectives ?? null, internal.themeSetPackOptions()]);
    let css = cache.get(key);
    if (css === undefined) {
      css = pack(theme);
      if (cache.size >= STYLE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, css);
    }
    return css;
  };
}
