import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';
import { bulletRuns } from './bullets.js';

/** The takeaways as a numbered list. */
export function addSummarySlide(slide: PptxSlide, s: SlideOf<'summary'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  slide.addText(bulletRuns(s.data.points, true), { ...bodyText(ctx), ...BODY, fontSize: 20, fit: 'shrink' });
}
