import { createHash } from 'node:crypto';
import type { FontCache } from '../html/fonts/font-cache.js';
import {
  type DeckHtmlOptions,
  type DeckHtmlParts,
  deckHtmlPage,
  renderDeckHtmlParts,
  type SpeakerNotes,
} from '../html/render-deck-html.js';
import type { DeckModel, Slide } from '../model/deck-model.js';
import { assertTheme } from '../themes/themes.js';
import { frontMatter } from './front-matter.js';
import { type ChartImages, renderSlideMarkdown } from './slide-markdown.js';

export interface MarkdownOptions {
  /** Chart images as data URLs (`inline`, for deck.html) or files under `charts/` (`files`, for deck.md). @default inline */
  charts?: ChartImages;
  /**
   * Each slide's speaker notes as a comment. `false` leaves them out: deck.html takes them from the model
   * (`speakerNotes`), so that Marp, which parses every comment, need not run again when only notes change.
   * @default true
   */
  notes?: boolean;
}

/** deck.html's page options, and the speaker notes to show when its Markdown leaves them out. */
export interface DeckHtmlRequest extends DeckHtmlOptions {
  /** One list per slide (`speakerNotes(deck)`); without it, the notes Marp finds in the Markdown. */
  notes?: SpeakerNotes;
}

export interface DeckRenderer {
  /** The deck as one Marp Markdown document. */
  render(deck: DeckModel, options?: MarkdownOptions): string;
  /**
   * deck.html for Marp Markdown (`renderDeckHtml`). What Marp and the fonts made of the last Markdown is kept,
   * so a rebuild whose Markdown did not change (a cut the edit does not touch, an edit of the notes alone) only
   * puts the page together again.
   */
  renderHtml(markdown: string, options: DeckHtmlRequest): Promise<string>;
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

function slideKey(slide: Slide, deck: DeckModel): string {
  const payload = JSON.stringify([deck.language, deck.theme, slide]);
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * A renderer that keeps each slide's Markdown under a hash of its data, so a watch-mode rebuild
 * renders only the slides whose data changed. It keeps the slides of the last render of each kind
 * (charts as files or inline, with or without notes) and Marp's render of the last Markdown.
 * `fontCache` keeps deck.html's subset fonts between processes.
 */
export function createDeckRenderer(options: { fontCache?: FontCache } = {}): DeckRenderer {
  const caches = new Map<string, Map<string, string>>();
  let lastParts: { key: string; parts: Promise<DeckHtmlParts> } | undefined;
  const stats = { hits: 0, misses: 0, htmlRenders: 0 };
  const partsOf = (markdown: string, htmlOptions: DeckHtmlRequest): Promise<DeckHtmlParts> => {
    const key = JSON.stringify([markdown, htmlOptions.lang ?? null, htmlOptions.embedFonts ?? null]);
    if (lastParts?.key === key) return lastParts.parts;
    stats.htmlRenders += 1;
    const fontCache = htmlOptions.fontCache ?? options.fontCache;
    const parts = renderDeckHtmlParts(markdown, {
      ...(htmlOptions.lang === undefined ? {} : { lang: htmlOptions.lang }),
      ...(htmlOptions.embedFonts === undefined ? {} : { embedFonts: htmlOptions.embedFonts }),
      ...(fontCache ? { fontCache } : {}),
    });
    lastParts = { key, parts };
    // A failed render is not kept: the next call renders again.
    parts.catch(() => {
      if (lastParts?.parts === parts) lastParts = undefined;
    });
    return parts;
  };
  return {
    stats,
    ...(options.fontCache ? { fontCache: options.fontCache } : {}),
    async renderHtml(markdown, htmlOptions) {
      const parts = await partsOf(markdown, htmlOptions);
      return deckHtmlPage(parts, htmlOptions, htmlOptions.notes);
    },
    render(deck, options = {}) {
      assertTheme(deck.theme);
      const charts = options.charts ?? 'inline';
      const notes = options.notes ?? true;
      const mode = `${charts}:${notes}`;
      const cache = caches.get(mode) ?? new Map<string, string>();
      const next = new Map<string, string>();
      stats.hits = 0;
      stats.misses = 0;
      const context = { language: deck.language, theme: deck.theme, charts };
      const slides = deck.slides.map((shown) => {
        const slide = notes || shown.notes === '' ? shown : { ...shown, notes: '' };
        const key = slideKey(slide, deck);
        let md = next.get(key) ?? cache.get(key);
        if (md === undefined) {
          md = renderSlideMarkdown(slide, context);
          stats.misses += 1;
        } else {
          stats.hits += 1;
        }
        next.set(key, md);
        return md;
      });
      caches.set(mode, next);
      return `${frontMatter(deck)}\n${slides.join(SEPARATOR)}`;
    },
  };
}

/** Renders a deck model as a Marp Markdown document (front matter, slides, notes as comments). */
export function renderMarpMarkdown(deck: DeckModel, options: MarkdownOptions = {}): string {
  return createDeckRenderer().render(deck, options);
}
