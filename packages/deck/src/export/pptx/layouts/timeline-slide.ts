import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

const DATE_W = 1.9;

/** Events top to bottom: a dot on a vertical rule, the date in the accent colour, the event beside it. */
export function addTimelineSlide(slide: PptxSlide, s: SlideOf<'timeline'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const events = s.data.events;
  const rowH = Math.min(0.85, BODY.h / Math.max(events.length, 1));
  const ruleX = BODY.x + DATE_W + 0.15;
  slide.addShape('line', {
    x: ruleX,
    y: BODY.y + rowH / 2,
    w: 0,
    h: Math.max(rowH * (events.length - 1), 0.01),
    line: { color: ctx.theme.rule, width: 3 },
  });
  events.forEach((event, i) => {
    const y = BODY.y + i * rowH;
    slide.addText(event.dateText, {
      ...bodyText(ctx),
      x: BODY.x,
      y,
      w: DATE_W,
      h: rowH,
      fontSize: 15,
      bold: true,
      color: ctx.theme.accent,
      align: 'right',
      valign: 'middle',
    });
    slide.addShape('ellipse', {
      x: ruleX - 0.08,
      y: y + rowH / 2 - 0.08,
      w: 0.16,
      h: 0.16,
      fill: { color: ctx.theme.accent },
      line: { color: ctx.theme.background, width: 1 },
    });
    slide.addText(event.text, {
      ...bodyText(ctx),
      x: ruleX + 0.25,
      y,
      w: BODY.x + BODY.w - ruleX - 0.25,
      h: rowH,
      fontSize: 15,
      valign: 'middle',
      fit: 'shrink',
    });
  });
}
