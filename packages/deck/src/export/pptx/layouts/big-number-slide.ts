import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

const GAP = 0.25;

/** One card per KPI, side by side: the figure as written in the content, its caption, its label. */
export function addBigNumberSlide(slide: PptxSlide, s: SlideOf<'big-number'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const kpis = s.data.kpis;
  const count = Math.max(kpis.length, 1);
  const w = (BODY.w - GAP * (count - 1)) / count;
  const y = BODY.y + 0.35;
  const h = 2.9;
  kpis.forEach((kpi, i) => {
    const x = BODY.x + i * (w + GAP);
    slide.addShape('rect', { x, y, w, h, fill: { color: ctx.theme.surface }, line: { color: ctx.theme.surface } });
    slide.addText(kpi.fact.text, {
      ...bodyText(ctx),
      x: x + 0.15,
      y: y + 0.25,
      w: w - 0.3,
      h: 1.2,
      fontFace: ctx.fonts.heading,
      // Note: `fit: 'shrink'` only takes effect when PowerPoint re-lays the box out, so size for the count.
      fontSize: count >= 4 ? 21 : count === 3 ? 28 : 40,
      bold: true,
      color: ctx.theme.accent,
      align: 'center',
      valign: 'middle',
      fit: 'shrink',
    });
    slide.addText(
      [
        { text: kpi.caption, options: { breakLine: true } },
        { text: kpi.fact.label, options: { fontSize: 12, color: ctx.theme.muted } },
      ],
      { ...bodyText(ctx), x: x + 0.15, y: y + 1.5, w: w - 0.3, h: 1.25, fontSize: 15, align: 'center', fit: 'shrink' },
    );
  });
}
