import type { PptxPresentation, PptxSlide, PptxTextOptions } from './pptxgen-class.js';
import type { DeckLabels } from '../../model/labels.js';
import type { PptxFonts, PptxTheme } from './pptx-theme.js';

/** Everything a layout module needs besides its slide. */
export interface PptxContext {
  pptx: PptxPresentation;
  theme: PptxTheme;
  fonts: PptxFonts;
  /** `lang` for every text run, e.g. zh-CN. */
  lang: string;
  labels: DeckLabels;
}

/** The 16:9 page in inches (pptxgenjs `LAYOUT_16x9`). */
export const PAGE = { width: 10, height: 5.625, margin: 0.5 } as const;

/** The body area under the heading. */
export const BODY = { x: PAGE.margin, y: 1.25, w: PAGE.width - 2 * PAGE.margin, h: 3.85 } as const;

/** Text options every run shares: body font, theme text colour, language. */
export function bodyText(ctx: PptxContext, extra: PptxTextOptions = {}): PptxTextOptions {
  return { fontFace: ctx.fonts.body, color: ctx.theme.text, lang: ctx.lang, fontSize: 18, valign: 'top', ...extra };
}

/** Adds the slide heading in the accent colour. */
export function addHeading(slide: PptxSlide, ctx: PptxContext, title: string): void {
  slide.addText(title, {
    ...bodyText(ctx),
    x: PAGE.margin,
    y: 0.3,
    w: PAGE.width - 2 * PAGE.margin,
    h: 0.8,
    fontFace: ctx.fonts.heading,
    fontSize: 28,
    bold: true,
    color: ctx.theme.accent,
    valign: 'middle',
    fit: 'shrink',
  });
}
