import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { PAGE, type PptxContext, bodyText } from '../pptx-context.js';

/** A section divider: large number, section title, one-line summary, on the surface colour. */
export function addSectionSlide(slide: PptxSlide, s: SlideOf<'section'>, ctx: PptxContext): void {
  const { data } = s;
  const w = PAGE.width - 2 * PAGE.margin;
  slide.background = { color: ctx.theme.surface };
  slide.addText(data.number, {
    ...bodyText(ctx),
    x: PAGE.margin,
    y: 0.9,
    w,
    h: 1.2,
    fontFace: ctx.fonts.heading,
    fontSize: 60,
    bold: true,
    color: ctx.theme.accent,
    valign: 'bottom',
  });
  slide.addText(data.title, {
    ...bodyText(ctx),
    x: PAGE.margin,
    y: 2.15,
    w,
    h: 1.1,
    fontFace: ctx.fonts.heading,
    fontSize: 34,
    bold: true,
    fit: 'shrink',
  });
  slide.addText(data.summary, {
    ...bodyText(ctx),
    x: PAGE.margin,
    y: 3.35,
    w,
    h: 1.4,
    color: ctx.theme.muted,
    fit: 'shrink',
  });
}
