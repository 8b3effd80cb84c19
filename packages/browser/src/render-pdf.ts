import { loadHtml } from './load-html.js';
import { normalisePdfDates } from './normalise-pdf-dates.js';
import type { BrowserSession } from './open-browser.js';

/** The page size of a PDF. */
export interface PdfSize {
  /** CSS pixels. */
  width: number;
  /** CSS pixels. */
  height: number;
}

/**
 * Prints `html` to PDF: pages of `width`×`height` CSS pixels, no margins, backgrounds printed, after web fonts
 * have loaded. A CSS `@page { size }` in the page wins. Dates are fixed, so the same HTML gives the same bytes.
 *
 * @param session an open browser session (its network guard applies)
 * @param html a complete, self-contained HTML document
 */
export async function renderPdf(session: BrowserSession, html: string, size: PdfSize): Promise<Uint8Array> {
  const pdf = await session.withPage(size, async (page) => {
    await loadHtml(page, html);
    return page.pdf({
      width: `${size.width}px`,
      height: `${size.height}px`,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      printBackground: true,
      preferCSSPageSize: true,
      tagged: false,
      outline: false,
    });
  });
  return normalisePdfDates(new Uint8Array(pdf));
}
