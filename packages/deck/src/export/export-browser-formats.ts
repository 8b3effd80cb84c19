import { type OpenBrowserOptions, withBrowser } from '@lectern/browser';
import { exportDeckPdf } from './export-deck-pdf.js';
import { type DeckPngOptions, exportDeckPngs } from './export-deck-pngs.js';

/** Which browser-made formats to produce. */
export interface BrowserFormatsRequest extends DeckPngOptions {
  pdf?: boolean;
  png?: boolean;
  /** How to start the browser. @default {} */
  browser?: OpenBrowserOptions;
}

/** The requested files; a format not requested is absent. */
export interface BrowserFormats {
  pdf?: Uint8Array;
  pngs?: Uint8Array[];
  /** URLs the deck tried to load and the guard stopped (a self-contained deck has none). */
  blockedRequests: string[];
}

/**
 * Makes the PDF and/or the slide PNGs of a deck's HTML in ONE browser session. Starts no browser when
 * nothing is requested.
 *
 * @throws BrowserUnavailableError (from `@lectern/browser`) when no Chromium is found
 */
export async function exportBrowserFormats(html: string, request: BrowserFormatsRequest): Promise<BrowserFormats> {
  if (!request.pdf && !request.png) return { blockedRequests: [] };
  return withBrowser(async (session) => {
    const result: BrowserFormats = { blockedRequests: [] };
    if (request.pdf) result.pdf = await exportDeckPdf(session, html);
    if (request.png) result.pngs = await exportDeckPngs(session, html, { scale: request.scale ?? 1 });
    result.blockedRequests = [...session.blockedRequests];
    return result;
  }, request.browser);
}
