import { captureElements } from './capture-elements.js';
import { loadHtml } from './load-html.js';
import type { BrowserSession } from './open-browser.js';

/** Which elements to capture, and how big. */
export interface ScreenshotOptions {
  /** CSS selector of the elements to capture, one image each, in document order. */
  selector: string;
  /** Viewport width in CSS pixels. @default 1280 */
  width?: number;
  /** Viewport height in CSS pixels. @default 720 */
  height?: number;
  /** Device pixels per CSS pixel. @default 1 */
  scale?: number;
  /** CSS media to emulate; `print` lays Marp slides out one per viewport. @default 'screen' */
  media?: 'screen' | 'print';
}

/**
 * Loads `html` once and takes a PNG of every element matching `selector`, after web fonts have loaded.
 *
 * @param session an open browser session (its network guard applies)
 * @param html a complete, self-contained HTML document
 * @returns one PNG per matched element; empty when nothing matches
 */
export async function screenshotPages(
  session: BrowserSession,
  html: string,
  options: ScreenshotOptions,
): Promise<Uint8Array[]> {
  const { selector, width = 1280, height = 720, scale = 1, media = 'screen' } = options;
  return session.withPage({ width, height, scale }, async (page) => {
    await page.emulateMedia({ media });
    await loadHtml(page, html);
    return captureElements(page, selector, { width, height, scale });
  });
}
