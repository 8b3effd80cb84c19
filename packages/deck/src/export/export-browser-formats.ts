import { type BrowserSession, capturePngsAndPdf, type OpenBrowserOptions, withBrowser } from '@lectern/browser';
import { exportDeckPdf } from './export-deck-pdf.js';
import { type DeckPngOptions, exportDeckPngs, MARP_SLIDE_SELECTOR } from './export-deck-pngs.js';
import { slideSize } from './slide-size.js';

/** Which browser-made formats to produce. */
export interface BrowserFormatsRequest extends DeckPngOptions {
  pdf?: boolean;
  png?: boolean;
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
  /** URLs the deck tried to load and the guard stopped (a self-contained deck has none). */
  blockedRequests: string[];
}

/**
 * Makes the PDF and/or the slide PNGs of a deck's HTML in ONE browser session (both at scale 1: from one
 * loaded page). Starts no browser when nothing is requested.
 *
 * @throws BrowserUnavailableError (from `@lectern/browser`) when no Chromium is found
 */
export async function exportBrowserFormats(html: string, request: BrowserFormatsRequest): Promise<BrowserFormats> {
  if (!request.pdf && !request.png) return { blockedRequests: [] };
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
  result.blockedRequests = session.blockedRequests.slice(blockedBefore);
  return result;
}
