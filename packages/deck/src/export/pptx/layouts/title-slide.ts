import type { PptxSlide, PptxTextRun } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { PAGE, type PptxContext, bodyText } from '../pptx-context.js';

/** The opening slide: accent background, title, subtitle, cut title and source line. */
export function addTitleSlide(slide: PptxSlide, s: SlideOf<'title'>, ctx: PptxContext): void {
  const { data } = s;
  const on = ctx.theme.onAccent;
  const w = PAGE.width - 2 * PAGE.margin;
  slide.background = { color: ctx.theme.accent };
  slide.addText(data.title, {
    ...bodyText(ctx),
    x: PAGE.margin,
    y: 1.3,
    w,
    h: 1.5,
    fontFace: ctx.fonts.heading,
    fontSize: 40,
    bold: true,
    color: on,
    valign: 'bottom',
    fit: 'shrink',
  });
  const lines: PptxTextRun[] = [];
  if (data.subtitle) lines.push({ text: data.subtitle, options: { fontSize: 22, breakLine: true } });
  if (data.cutTitle) lines.push({ text: data.cutTitle, options: { fontSize: 18, italic: true, breakLine: true } });
  if (lines.length > 0) slide.addText(lines, { ...bodyText(ctx), x: PAGE.margin, y: 2.95, w, h: 1.2, color: on });
  if (data.sourceLine) {
    slide.addText(data.sourceLine, { ...bodyText(ctx), x: PAGE.margin, y: 4.6, w, h: 0.5, fontSize: 12, color: on });
  }
}
