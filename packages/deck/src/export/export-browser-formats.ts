import {
  type BrowserSession,
  capturePngsAndPdf,
  type OpenBrowserOptions,
  renderPdf,
  withBrowser,
} from '@lectern/browser';
import { exportDeckPdf } from './export-deck-pdf.js';
import { addPdfOutline } from './pdf/add-pdf-outline.js';
import type { OutlineEntry } from './pdf/outline-entry.js';
import { NOTES_PAGE_SIZE } from '../html/render-notes-html.js';
import { type DeckPngOptions, exportDeckPngs, MARP_SLIDE_SELECTOR } from './export-deck-pngs.js';
import { slideSize } from './slide-size.js';

/** Which browser-made formats to produce. */
export interface BrowserFormatsRequest extends DeckPngOptions {
  pdf?: boolean;
  png?: boolean;
  /** Bookmarks written into the PDF (`deckOutline(deck)`: per section, then its slides). @default none */
  outline?: readonly OutlineEntry[];
  /** Notes pages (`renderDeckNotesHtml`) to print as a second PDF, `notesPdf`. @default none */
  notesHtml?: string;
  /** How to start the browser. @default {} */
  browser?: OpenBrowserOptions;
  /**
   * An open session to use (several decks, or a browser started while the decks were rendered); it is
   * left open. Without it a browser is started and closed here.
   */
  session?: BrowserSession;
}

/** The requested files; a format not requested is absent. */
export interface BrowserFormats {
  pdf?: Uint8Array;
  pngs?: Uint8Array[];
  /** The notes pages, printed on A4 (when `notesHtml` was given). */
  notesPdf?: Uint8Array;
  /** URLs the deck tried to load and the guard stopped (a self-contained deck has none). */
  blockedRequests: string[];
}

/**
 * Makes the PDF (with its outline), the slide PNGs and the notes PDF of a deck in ONE browser session (PDF
 * and PNGs at scale 1: from one loaded page). Starts no browser when nothing is requested.
 *
 * @throws BrowserUnavailableError (from `@lectern/browser`) when no Chromium is found
 */
export async function exportBrowserFormats(html: string, request: BrowserFormatsRequest): Promise<BrowserFormats> {
  if (!request.pdf && !request.png && request.notesHtml === undefined) return { blockedRequests: [] };
  if (request.session) return exportWith(request.session, html, request);
  return withBrowser((session) => exportWith(session, html, request), request.browser);
}

async function exportWith(
  session: BrowserSession,
  html: string,
  request: BrowserFormatsRequest,
): Promise<BrowserFormats> {
  const blockedBefore = session.blockedRequests.length;
  const result: BrowserFormats = { blockedRequests: [] };
  if (request.pdf && request.png && (request.scale ?? 1) === 1) {
    // Both from one loaded page: the deck (fonts included) is parsed and laid out once. The PNG page is
    // the slide size, like the PDF page, so the PDF comes out the same as from its own page.
    const size = slideSize(html);
    const both = await capturePngsAndPdf(session, html, {
      selector: MARP_SLIDE_SELECTOR,
      ...size,
      scale: 1,
      media: 'print',
      pdf: size,
    });
    result.pngs = both.pngs;
    result.pdf = both.pdf;
  } else {
    if (request.pdf) result.pdf = await exportDeckPdf(session, html);
    if (request.png) result.pngs = await exportDeckPngs(session, html, { scale: request.scale ?? 1 });
  }
  if (result.pdf && request.outline) result.pdf = await addPdfOutline(result.pdf, request.outline);
  if (request.notesHtml !== undefined) result.notesPdf = await renderPdf(session, request.notesHtml, NOTES_PAGE_SIZE);
  result.blockedRequests = session.blockedRequests.slice(blockedBefore);
  return result;
}
