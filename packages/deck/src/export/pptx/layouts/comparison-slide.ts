import type { PptxSlide, PptxTableRow } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading } from '../pptx-context.js';

/** A real table: a header row, then one row per fact (label, value as written in the content). */
export function addComparisonSlide(slide: PptxSlide, s: SlideOf<'comparison'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const { theme, fonts, lang } = ctx;
  const cell = { fontFace: fonts.body, lang, color: theme.text, fontSize: 16, valign: 'middle' as const };
  const header: PptxTableRow = s.data.headers.map((text, i) => ({
    text,
    options: {
      ...cell,
      bold: true,
      color: theme.onAccent,
      fill: { color: theme.accent },
      align: i === 0 ? 'left' : 'right',
    },
  }));
  const rows: PptxTableRow[] = s.data.rows.map((row, r) => {
    const fill = { color: r % 2 === 0 ? theme.background : theme.surface };
    return [
      { text: row.label, options: { ...cell, fill } },
      { text: row.fact.text, options: { ...cell, fill, bold: true, align: 'right' } },
    ];
  });
  slide.addTable([header, ...rows], {
    x: BODY.x + 0.5,
    y: BODY.y + 0.1,
    w: BODY.w - 1,
    colW: [(BODY.w - 1) * 0.6, (BODY.w - 1) * 0.4],
    rowH: 0.45,
    border: { type: 'solid', pt: 0.75, color: theme.surface },
    margin: 0.08,
  });
}
