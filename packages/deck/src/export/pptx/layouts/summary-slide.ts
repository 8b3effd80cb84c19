import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { type PptxContext, addHeading } from '../pptx-context.js';
import { bulletRuns } from './bullets.js';

/** The takeaways as a numbered list, in the list master's body placeholder. */
export function addSummarySlide(slide: PptxSlide, s: SlideOf<'summary'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  slide.addText(bulletRuns(s.data.points, true), { placeholder: 'body', lang: ctx.lang });
}
