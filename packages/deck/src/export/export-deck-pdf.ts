import { type BrowserSession, renderPdf } from '@lectern/browser';
import { slideSize } from './slide-size.js';

/**
 * Prints a deck's HTML (from `renderDeckHtml`) to PDF, one page per slide at the slide's size, no margins,
 * backgrounds printed (Marp's print CSS: `@page` size and a page break before each slide). Dates are fixed,
 * so the same HTML gives the same bytes.
 *
 * @param session an open browser session; share one for several exports
 * @param html the complete deck HTML document
 */
export function exportDeckPdf(session: BrowserSession, html: string): Promise<Uint8Array> {
  return renderPdf(session, html, slideSize(html));
}
