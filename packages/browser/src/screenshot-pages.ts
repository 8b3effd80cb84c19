import { loadHtml } from './load-html.js';
import type { BrowserSession } from './open-browser.js';

/** The bits of the page's window and elements used in page functions (this package has no DOM types). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface PageWindow {
  scrollX: number;
  scrollY: number;
  scrollTo(x: number, y: number): void;
}

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
    const elements = await page.locator(selector).all();
    const boxes = await page.locator(selector).evaluateAll((els) => {
      const view = globalThis as unknown as PageWindow;
      return els.map((el) => {
        const r = (el as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect();
        return { x: r.x + view.scrollX, y: r.y + view.scrollY, width: r.width, height: r.height };
      });
    });
    const images: Uint8Array[] = [];
    for (const [i, element] of elements.entries()) {
      const box = boxes[i];
      // Note: an element that fits the viewport (a Marp slide under print media is exactly one viewport) is
      // scrolled to and clipped from a page screenshot: the same pixels as element.screenshot, ~2× faster,
      // since Playwright's element path re-checks visibility and stability for every element.
      if (box && box.width <= width && box.height <= height && box.x >= 0 && box.x + box.width <= width) {
        const top = await page.evaluate((y) => {
          const view = globalThis as unknown as PageWindow;
          view.scrollTo(0, y);
          return view.scrollY;
        }, box.y);
        const clip = { x: box.x, y: box.y - top, width: box.width, height: box.height };
        if (clip.y >= 0 && clip.y + clip.height <= height) {
          images.push(new Uint8Array(await page.screenshot({ type: 'png', clip, animations: 'disabled', caret: 'hide' })));
          continue;
        }
      }
      images.push(new Uint8Array(await element.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' })));
    }
    return images;
  });
}
