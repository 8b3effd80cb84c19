import { createHash } from 'node:crypto';
import type { FontCache } from '../html/fonts/font-cache.js';
import { type DeckHtmlOptions, renderDeckHtml } from '../html/render-deck-html.js';
import type { DeckModel, Slide } from '../model/deck-model.js';
import { assertTheme } from '../themes/themes.js';
import { frontMatter } from './front-matter.js';
import { type ChartImages, renderSlideMarkdown } from './slide-markdown.js';

export interface MarkdownOptions {
  /** Chart images as data URLs (`inline`, for deck.html) or files under `charts/` (`files`, for deck.md). @default inline */
  charts?: ChartImages;
}

export interface DeckRenderer {
  /** The deck as one Marp Markdown document. */
  render(deck: DeckModel, options?: MarkdownOptions): string;
  /**
   * deck.html for Marp Markdown (`renderDeckHtml`); the last result is kept, so a rebuild whose
   * Markdown did not change (a cut the edit does not touch) skips Marp and the font embedding.
   */
  renderHtml(markdown: string, options: DeckHtmlOptions): Promise<string>;
  /**
   * How many slides the last `render` took from the cache and how many it rendered; how many times
   * `renderHtml` ran Marp since the renderer was made.
   */
  readonly stats: { hits: number; misses: number; htmlRenders: number };
  /** Where this renderer keeps subset fonts between processes: the notes pages (`renderDeckNotesHtml`) use it too. */
  readonly fontCache?: FontCache;
}

/** Slides are separated by a blank line, `---`, a blank line; no content line can be `---`. */
const SEPARATOR = '\n---\n\n';

function slideKey(slide: Slide, deck: DeckModel, charts: ChartImages): string {
  const payload = JSON.stringify([deck.language, deck.theme, charts, slide]);
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * A renderer that keeps each slide's Markdown under a hash of its data, so a watch-mode rebuild
 * renders only the slides whose data changed. The cache holds the slides of the last render only.
 * `fontCache` keeps deck.html's subset fonts between processes.
 */
export function createDeckRenderer(options: { fontCache?: FontCache } = {}): DeckRenderer {
  let cache = new Map<string, string>();
  let lastHtml: { key: string; html: Promise<string> } | undefined;
  const stats = { hits: 0, misses: 0, htmlRenders: 0 };
  return {
    stats,
    ...(options.fontCache ? { fontCache: options.fontCache } : {}),
    renderHtml(markdown, htmlOptions) {
      const key = JSON.stringify([
        markdown,
        htmlOptions.title,
        htmlOptions.lang ?? null,
        htmlOptions.embedFonts ?? null,
      ]);
      if (lastHtml?.key === key) return lastHtml.html;
      stats.htmlRenders += 1;
      const html = renderDeckHtml(markdown, {
        ...htmlOptions,
        ...(options.fontCache && !htmlOptions.fontCache ? { fontCache: options.fontCache } : {}),
      });
      lastHtml = { key, html };
      // A failed render is not kept: the next call renders again.
      html.catch(() => {
        if (lastHtml?.html === html) lastHtml = undefined;
      });
      return html;
    },
    render(deck, options = {}) {
      assertTheme(deck.theme);
      const charts = options.charts ?? 'inline';
      const next = new Map<string, string>();
      stats.hits = 0;
      stats.misses = 0;
      const slides = deck.slides.map((slide) => {
        const key = slideKey(slide, deck, charts);
        let md = next.get(key) ?? cache.get(key);
        if (md === undefined) {
          md = renderSlideMarkdown(slide, { language: deck.language, theme: deck.theme, charts });
          stats.misses += 1;
        } else {
          stats.hits += 1;
        }
        next.set(key, md);
        return md;
      });
      cache = next;
      return `${frontMatter(deck)}\n${slides.join(SEPARATOR)}`;
    },
  };
}

/** Renders a deck model as a Marp Markdown document (front matter, slides, notes as comments). */
export function renderMarpMarkdown(deck: DeckModel, options: MarkdownOptions = {}): string {
  return createDeckRenderer().render(deck, options);
}
