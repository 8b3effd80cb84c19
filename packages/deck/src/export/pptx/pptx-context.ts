import type { DeckLabels } from '../../model/labels.js';
import { SIZES } from '../../themes/tokens.js';
import type { PptxPresentation, PptxSlide, PptxTextOptions } from './pptxgen-class.js';
import type { PptxFonts, PptxTheme } from './pptx-theme.js';

/** Everything a layout module needs besides its slide. */
export interface PptxContext {
  pptx: PptxPresentation;
  theme: PptxTheme;
  fonts: PptxFonts;
  /** `lang` for every text run, e.g. zh-CN. */
  lang: string;
  labels: DeckLabels;
  /** The footer every slide shows, as in the HTML deck: the deck's title. */
  footer: string;
}

/** Inches per CSS px of the 1280px slide. */
const IN = 10 / SIZES.slideWidth;

/** The 16:9 page in inches (pptxgenjs `LAYOUT_16x9`); the side margin is the HTML themes' padding. */
export const PAGE = { width: 10, height: 5.625, margin: SIZES.paddingX * IN } as const;

/** The slide heading, where the HTML themes set the h2 (its rule is drawn under it by the master). */
export const HEADING = {
  x: PAGE.margin,
  y: SIZES.paddingTop * IN - 0.05,
  w: PAGE.width - 2 * PAGE.margin,
  h: 0.55,
} as const;

/** The body area under the heading. */
export const BODY = { x: PAGE.margin, y: 1.25, w: PAGE.width - 2 * PAGE.margin, h: 3.8 } as const;

/** Text options every run shares: body font, theme text colour and size, language. */
export function bodyText(ctx: PptxContext, extra: PptxTextOptions = {}): PptxTextOptions {
  return {
    fontFace: ctx.fonts.body,
    color: ctx.theme.text,
    lang: ctx.lang,
    fontSize: ctx.theme.sizes.body,
    valign: 'top',
    ...extra,
  };
}

/**
 * Puts the slide's title into its master's title placeholder, which sets its place, font, size and colour:
 * PowerPoint's outline view, the slide sorter and screen readers read it as the slide's title.
 */
export function addHeading(slide: PptxSlide, ctx: PptxContext, title: string): void {
  slide.addText(title, { placeholder: 'title', lang: ctx.lang });
}

/** The topic line above a statement title, small in the accent colour, as the HTML themes set it. */
export function addKicker(slide: PptxSlide, ctx: PptxContext, kicker: string): void {
  slide.addText(kicker, {
    ...bodyText(ctx),
    x: HEADING.x,
    y: 0.1,
    w: HEADING.w,
    h: 0.26,
    fontSize: ctx.theme.sizes.footer,
    color: ctx.theme.accent,
    valign: 'middle',
    margin: 0,
    fit: 'shrink',
  });
}
