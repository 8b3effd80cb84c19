import type { PptxSlide, PptxTableRow } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading } from '../pptx-context.js';

/**
 * A real table as the HTML themes draw it: a header row (marked as such, `table-headers.ts`) on the soft
 * colour, then one row per fact over a rule, the value column bold in the accent colour.
 */
export function addComparisonSlide(slide: PptxSlide, s: SlideOf<'comparison'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const { theme, fonts, lang } = ctx;
  const rule = { type: 'solid' as const, pt: 1.5, color: theme.rule };
  const none = { type: 'none' as const };
  const cell = {
    fontFace: fonts.body,
    lang,
    color: theme.text,
    fontSize: theme.sizes.body,
    valign: 'middle' as const,
    border: [none, none, rule, none] as [typeof none, typeof none, typeof rule, typeof none],
  };
  const header: PptxTableRow = s.data.headers.map((text, i) => ({
    text,
    options: {
      ...cell,
      bold: true,
      color: theme.muted,
      fill: { color: theme.surface },
      align: i === 0 ? 'left' : 'right',
    },
  }));
  const rows: PptxTableRow[] = s.data.rows.map((row) => [
    { text: row.label, options: cell },
    { text: row.fact.text, options: { ...cell, bold: true, color: theme.accent, align: 'right' } },
  ]);
  slide.addTable([header, ...rows], {
    x: BODY.x + 0.5,
    y: BODY.y + 0.1,
    w: BODY.w - 1,
    colW: [(BODY.w - 1) * 0.6, (BODY.w - 1) * 0.4],
    rowH: 0.5,
    margin: 0.1,
  });
}
