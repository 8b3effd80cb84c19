import type { SlideOf } from '../../../model/deck-model.js';
import { PAGE, type PptxContext, bodyText } from '../pptx-context.js';
import type { PptxSlide } from '../pptxgen-class.js';

/**
 * A section divider as the HTML themes draw it, on the divider colour: the large number in translucent
 * text, the section title (the master's title placeholder), the one-line summary.
 */
export function addSectionSlide(slide: PptxSlide, s: SlideOf<'section'>, ctx: PptxContext): void {
  const { data } = s;
  const { theme } = ctx;
  const w = PAGE.width - 2 * PAGE.margin;
  slide.addText(data.number, {
    ...bodyText(ctx),
    x: PAGE.margin,
    y: 0.75,
    w,
    h: 1.4,
    fontFace: ctx.fonts.heading,
    fontSize: Math.round((theme.sizes.heading * 120) / 44),
    bold: true,
    color: theme.onDivider,
    transparency: 45,
    valign: 'bottom',
    margin: 0,
  });
  slide.addText(data.title, { placeholder: 'title', lang: ctx.lang });
  slide.addText(data.summary, {
    ...bodyText(ctx),
    x: PAGE.margin,
    y: 3.3,
    w,
    h: 1.5,
    color: theme.onDivider,
    margin: 0,
    fit: 'shrink',
  });
}
