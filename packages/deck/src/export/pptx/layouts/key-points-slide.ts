import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';
import { isRoomy } from '../../../overflow/roomy-list.js';
import { bulletRuns } from './bullets.js';

/** Key points as a bulleted list in one editable text box. */
export function addKeyPointsSlide(slide: PptxSlide, s: SlideOf<'key-points'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  // Short lists are set large, as in the HTML themes (roomy-list.ts).
  const fontSize = isRoomy('key-points', s.title, s.data.points) ? 24 : 20;
  slide.addText(bulletRuns(s.data.points), { ...bodyText(ctx), ...BODY, fontSize, fit: 'shrink' });
}
