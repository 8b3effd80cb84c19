import { captureElements } from './capture-elements.js';
import { loadHtml } from './load-html.js';
import type { BrowserSession } from './open-browser.js';
import { type PdfSize, printPdf } from './print-pdf.js';
import type { ScreenshotOptions } from './screenshot-pages.js';

/**
 * `screenshotPages` and `renderPdf` from ONE loaded page: the document (its embedded fonts included)
 * is parsed and laid out once instead of twice. The PNGs are taken first, then the page is printed;
 * both give the same bytes as the separate calls.
 *
 * @param session an open browser session (its network guard applies)
 * @param html a complete, self-contained HTML document
 */
export async function capturePngsAndPdf(
  session: BrowserSession,
  html: string,
  options: ScreenshotOptions & { pdf: PdfSize },
): Promise<{ pngs: Uint8Array[]; pdf: Uint8Array }> {
  const { selector, width = 1280, height = 720, scale = 1, media = 'screen' } = options;
  return session.withPage({ width, height, scale }, async (page) => {
    await page.emulateMedia({ media });
    await loadHtml(page, html);
    const pngs = await captureElements(page, selector, { width, height, scale });
    return { pngs, pdf: await printPdf(page, options.pdf) };
  });
}
