import { type BrowserSession, screenshotPages } from '@lectern/browser';
import { slideSize } from './slide-size.js';

/** Options for the slide images. */
export interface DeckPngOptions {
  /** Device pixels per CSS pixel: 1 gives 1280×720, 1.5 gives 1920×1080. @default 1 */
  scale?: number;
}

/** Each Marp slide is an inline SVG under `div.marpit`. */
export const MARP_SLIDE_SELECTOR = 'div.marpit > svg[data-marpit-svg]';

/**
 * Captures one PNG per slide of a deck's HTML (from `renderDeckHtml`). The page is laid out with print media,
 * where Marp sizes every slide to exactly one viewport.
 *
 * @param session an open browser session; share one for several exports
 * @param html the complete deck HTML document
 */
export function exportDeckPngs(
  session: BrowserSession,
  html: string,
  options: DeckPngOptions = {},
): Promise<Uint8Array[]> {
  const { width, height } = slideSize(html);
  return screenshotPages(session, html, {
    selector: MARP_SLIDE_SELECTOR,
    width,
    height,
    scale: options.scale ?? 1,
    media: 'print',
  });
}
