import type { PptxSlide, PptxTextRun } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

/** The agenda: one row per section, number in the accent colour, title in bold, summary beneath. */
export function addAgendaSlide(slide: PptxSlide, s: SlideOf<'agenda'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const runs: PptxTextRun[] = s.data.items.flatMap((item) => [
    { text: `${item.number}  `, options: { bold: true, color: ctx.theme.accent } },
    { text: item.title, options: { bold: true, breakLine: true } },
    {
      text: item.summary,
      options: { fontSize: ctx.theme.sizes.caption, color: ctx.theme.muted, breakLine: true, paraSpaceAfter: 6 },
    },
  ]);
  slide.addText(runs, { ...bodyText(ctx), ...BODY, fontSize: 18, fit: 'shrink' });
}
