import { loadHtml } from './load-html.js';
import type { BrowserSession } from './open-browser.js';
import { type PdfSize, printPdf } from './print-pdf.js';

export type { PdfSize } from './print-pdf.js';

/**
 * Prints `html` to PDF: pages of `width`×`height` CSS pixels, no margins, backgrounds printed, after web fonts
 * have loaded. A CSS `@page { size }` in the page wins. Dates are fixed, so the same HTML gives the same bytes.
 *
 * @param session an open browser session (its network guard applies)
 * @param html a complete, self-contained HTML document
 */
export async function renderPdf(session: BrowserSession, html: string, size: PdfSize): Promise<Uint8Array> {
  return session.withPage(size, async (page) => {
    await loadHtml(page, html);
    return printPdf(page, size);
  });
}
