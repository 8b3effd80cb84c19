import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { kpiLayout, kpiValueSize } from '../../../overflow/kpi-size.js';
import { BODY, PAGE, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

const GAP = 0.25;
const PX_PER_IN = 1280 / PAGE.width;
const PT_PER_PX = 72 / PX_PER_IN;

/**
 * One card per KPI, side by side (or two rows of two, as the HTML themes do for four long values):
 * the figure as written in the content, its caption, its label.
 */
export function addBigNumberSlide(slide: PptxSlide, s: SlideOf<'big-number'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const kpis = s.data.kpis;
  const values = kpis.map((k) => k.fact.text);
  const perRow = Math.max(1, kpiLayout(values).perRow);
  const rows = Math.ceil(kpis.length / perRow);
  const w = (BODY.w - GAP * (perRow - 1)) / perRow;
  const top = BODY.y + (rows === 1 ? 0.35 : 0.05);
  const h = rows === 1 ? 2.9 : 1.8;
  const valueH = rows === 1 ? 1.2 : 0.75;
  // Note: `fit: 'shrink'` only takes effect when PowerPoint re-lays the box out, so the size is
  // chosen here, as for the HTML themes, from the widest value and the card's width in slide px.
  const fontSize = Math.round(kpiValueSize(values, (w - 0.3) * PX_PER_IN, perRow) * PT_PER_PX);
  kpis.forEach((kpi, i) => {
    const x = BODY.x + (i % perRow) * (w + GAP);
    const y = top + Math.floor(i / perRow) * (h + 0.2);
    slide.addShape('rect', { x, y, w, h, fill: { color: ctx.theme.surface }, line: { color: ctx.theme.surface } });
    slide.addText(kpi.fact.text, {
      ...bodyText(ctx),
      x: x + 0.15,
      y: y + (rows === 1 ? 0.25 : 0.1),
      w: w - 0.3,
      h: valueH,
      fontFace: ctx.fonts.heading,
      fontSize,
      wrap: false,
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
      {
        ...bodyText(ctx),
        x: x + 0.15,
        y: y + valueH + (rows === 1 ? 0.3 : 0.1),
        w: w - 0.3,
        h: h - valueH - (rows === 1 ? 0.35 : 0.2),
        fontSize: 15,
        color: ctx.theme.muted,
        align: 'center',
        fit: 'shrink',
      },
    );
  });
}
