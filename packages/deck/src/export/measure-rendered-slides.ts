import { type BrowserSession, loadHtml } from '@lectern/browser';
import { SLIDE_BOXES_SCRIPT } from './slide-boxes-script.js';
import { slideSize } from './slide-size.js';

/** Something on a rendered slide that escapes its room. */
export interface SlideProblem {
  /**
   * `outside`: beyond the slide box (cut off); `under-footer`: body text in the footer band; `clipped`: a box
   * that hides part of its own text; `chart-label`: a chart label outside its chart; `overlap`: body text crossing
   * the header (a statement title's kicker) or footer text.
   */
  kind: 'outside' | 'under-footer' | 'clipped' | 'chart-label' | 'overlap';
  /** The element, with the start of its text. */
  what: string;
  /** By how many CSS px. */
  px: number;
}

/** One slide as Chromium lays it out. */
export interface RenderedSlide {
  /** The section's classes: the layout name first (`chart`, `key-points`…). */
  className: string;
  /** Share of the usable height (top padding to footer band) the content spans, 0…1. */
  fill: number;
  /** Bottom of the lowest content, and top of the footer band, in CSS px from the slide's top. */
  bottom: number;
  band: number;
  problems: SlideProblem[];
}

/**
 * Lays a deck's HTML (from `renderDeckHtml`) out in Chromium, print media (one slide per viewport, as the PDF
 * and PNG exports do), after its fonts load, and measures every slide: what escapes it and how full it is.
 *
 * @param session an open browser session; share one for several decks
 * @param html the complete deck HTML document
 */
export function measureRenderedSlides(session: BrowserSession, html: string): Promise<RenderedSlide[]> {
  const { width, height } = slideSize(html);
  return session.withPage({ width, height }, async (page) => {
    await page.emulateMedia({ media: 'print' });
    await loadHtml(page, html);
    return (await page.evaluate(SLIDE_BOXES_SCRIPT)) as RenderedSlide[];
  });
}
