import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createMarp } from './marp-engine.js';
import { fontFaceCss } from './embed-fonts.js';
import { inlineChartSvgs } from './inline-charts.js';
import type { FontCache } from './fonts/font-cache.js';
import { escapeHtml } from './escape-html.js';
import { playerChrome, scriptJson } from './player-chrome.js';

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);
const PLAYER_JS = readFileSync(new URL('player.js', TEMPLATES_DIR), 'utf8');
const PLAYER_CSS = readFileSync(new URL('player.css', TEMPLATES_DIR), 'utf8');
const PLAYER_HASH = createHash('sha256').update(PLAYER_JS, 'utf8').digest('base64');

/** The page's Content-Security-Policy: nothing may load from the network; only our player script runs. */
export const DECK_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  `script-src 'sha256-${PLAYER_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface DeckHtmlOptions {
  /** Page title (escaped here). */
  title: string;
  /** BCP 47 language of the deck. @default zh-CN */
  lang?: string;
  /** Embed the deck's fonts (Noto Sans SC; Noto Sans first for a Latin-script deck) cut to the glyphs the slides draw. @default true */
  embedFonts?: boolean;
  /** Where subset fonts are kept between processes (`directoryFontCache`); none: cut in every process. */
  fontCache?: FontCache;
}

// Note: creating a Marp instance compiles every theme's CSS (postcss); one instance serves every render.
let sharedMarp: ReturnType<typeof createMarp> | undefined;

/** Speaker notes per slide, as Marp collects them from the slides' comments (`render().comments`). */
export type SpeakerNotes = readonly (readonly string[])[];

/** What Marp and the font subsetter make of a deck's Markdown: everything of deck.html but the page around it. */
export interface DeckHtmlParts {
  /** Marp's slides, charts inlined. */
  html: string;
  /** Marp's theme CSS, with no `@import`. */
  css: string;
  /** The embedded fonts' `@font-face` rules ('' without fonts). */
  fonts: string;
  /** The speaker notes Marp found in the Markdown. */
  comments: SpeakerNotes;
}

/**
 * Marp's render of the Markdown and the fonts its slides draw. The speaker notes do not reach the HTML or the
 * fonts, so a deck whose Markdown leaves the notes out (they come from the model instead, see `deckHtmlPage`)
 * gives the same parts as one with the notes, and a notes-only change need not run Marp again.
 */
export async function renderDeckHtmlParts(
  markdown: string,
  options: Pick<DeckHtmlOptions, 'lang' | 'embedFonts' | 'fontCache'> = {},
): Promise<DeckHtmlParts> {
  sharedMarp ??= createMarp();
  const rendered = sharedMarp.render(markdown);
  const html = inlineChartSvgs(rendered.html);
  // Built-in themes import web fonts (gaia: fonts.bunny.net); the page must make no request.
  const css = rendered.css.replace(/@import\s+[^;]+;/g, '');
  const fonts =
    options.embedFonts === false ? '' : await fontFaceCss(html, css, options.lang ?? 'zh-CN', options.fontCache);
  return { html, css, fonts, comments: rendered.comments };
}

/**
 * Renders Marp Markdown into one self-contained deck.html: Marp's HTML and CSS, fonts, charts and the
 * player all inline, a strict CSP, keyboard navigation, `#n` links, a presenter window kept in sync (p), slide
 * overview (o, g), black/white screen (b or ., w or ,), fullscreen (f), key help (? or h); its labels in the deck's
 * language (`playerLabels`).
 */
export async function renderDeckHtml(markdown: string, options: DeckHtmlOptions): Promise<string> {
  return deckHtmlPage(await renderDeckHtmlParts(markdown, options), options);
}

/** deck.html around its parts; `notes` (one list per slide) replace the ones Marp found in the Markdown. */
export function deckHtmlPage(
  parts: DeckHtmlParts,
  options: Pick<DeckHtmlOptions, 'title' | 'lang'>,
  notes: SpeakerNotes = parts.comments,
): string {
  const { html, css, fonts } = parts;
  const lang = escapeHtml(options.lang ?? 'zh-CN');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DECK_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>${fonts}</style>
<style>${css}</style>
<style>${PLAYER_CSS}</style>
</head>
<body>
<div id="deck">${html}</div>
${playerChrome(options.lang ?? 'zh-CN')}
<script type="application/json" id="lectern-notes">${scriptJson(notes)}</script>
<script>${PLAYER_JS}</script>
</body>
</html>
`;
}
