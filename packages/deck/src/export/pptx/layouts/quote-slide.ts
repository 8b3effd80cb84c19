import type { PptxSlide, PptxTextRun } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

/** The quotation large and in quotation marks, then the speaker and the context. */
export function addQuoteSlide(slide: PptxSlide, s: SlideOf<'quote'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const zh = ctx.lang.startsWith('zh');
  const [open, close] = zh ? ['“', '”'] : ['\u201c', '\u201d'];
  slide.addShape('rect', {
    x: BODY.x,
    y: BODY.y + 0.1,
    w: 0.08,
    h: 2.3,
    fill: { color: ctx.theme.accent },
    line: { color: ctx.theme.accent },
  });
  slide.addText(`${open}${s.data.text}${close}`, {
    ...bodyText(ctx),
    x: BODY.x + 0.3,
    y: BODY.y,
    w: BODY.w - 0.3,
    h: 2.5,
    fontSize: 26,
    italic: !zh,
    valign: 'middle',
    fit: 'shrink',
  });
  const attribution: PptxTextRun[] = [{ text: `— ${s.data.speaker}`, options: { bold: true, breakLine: true } }];
  if (s.data.context) attribution.push({ text: s.data.context, options: { fontSize: 13, color: ctx.theme.muted } });
  slide.addText(attribution, { ...bodyText(ctx), x: BODY.x + 0.3, y: BODY.y + 2.7, w: BODY.w - 0.3, h: 1.1, fontSize: 16 });
}
