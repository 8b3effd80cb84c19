/** A slide's size in CSS pixels. */
export interface SlideSize {
  width: number;
  height: number;
}

/** Marp's default 16:9 slide. */
export const DEFAULT_SLIDE_SIZE: SlideSize = { width: 1280, height: 720 };

const MARP_SVG_VIEWBOX = /<svg\b[^>]*\bdata-marpit-svg\b[^>]*\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/;

/** Reads the slide size from the first Marp slide's `viewBox`; 1280×720 when there is none. */
export function slideSize(html: string): SlideSize {
  const match = MARP_SVG_VIEWBOX.exec(html);
  if (!match) return DEFAULT_SLIDE_SIZE;
  return { width: Number(match[1]), height: Number(match[2]) };
}
