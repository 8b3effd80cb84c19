import type { PptxSlide, PptxTextRun } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

const LETTERS = 'ABCDEFGHIJ';

/** The question and its lettered choices, for the room to answer before the next slide. */
export function addCheckpointQuestionSlide(
  slide: PptxSlide,
  s: SlideOf<'checkpoint-question'>,
  ctx: PptxContext,
): void {
  addHeading(slide, ctx, s.title);
  const runs: PptxTextRun[] = [
    { text: s.data.stem, options: { fontSize: 22, bold: true, breakLine: true, paraSpaceAfter: 14 } },
    ...s.data.choices.map((choice, i) => ({
      text: `${LETTERS[i] ?? String(i + 1)}. ${choice}`,
      options: { breakLine: true, paraSpaceAfter: 8 },
    })),
  ];
  slide.addText(runs, { ...bodyText(ctx), ...BODY, fontSize: 18, fit: 'shrink' });
}

/** The question again (muted), the answer in the accent colour, and the rationale. */
export function addCheckpointAnswerSlide(slide: PptxSlide, s: SlideOf<'checkpoint-answer'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const { labels, theme } = ctx;
  const runs: PptxTextRun[] = [
    { text: s.data.stem, options: { fontSize: 16, color: theme.muted, breakLine: true, paraSpaceAfter: 12 } },
    { text: `${labels.answer}${labels.join}`, options: { bold: true, color: theme.accent } },
    { text: s.data.answer, options: { bold: true, color: theme.accent, breakLine: true, paraSpaceAfter: 12 } },
    { text: `${labels.rationale}${labels.join}`, options: { bold: true } },
    { text: s.data.rationale },
  ];
  slide.addText(runs, { ...bodyText(ctx), ...BODY, fontSize: 20, fit: 'shrink' });
}
