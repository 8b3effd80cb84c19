import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';
import { bulletRuns } from './bullets.js';

/** Key points as a bulleted list in one editable text box. */
export function addKeyPointsSlide(slide: PptxSlide, s: SlideOf<'key-points'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  slide.addText(bulletRuns(s.data.points), { ...bodyText(ctx), ...BODY, fontSize: 20, fit: 'shrink' });
}
