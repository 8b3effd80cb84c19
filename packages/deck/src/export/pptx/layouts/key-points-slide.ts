import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { type PptxContext, addHeading } from '../pptx-context.js';
import { PT_PER_PX } from '../pptx-theme.js';
import { isRoomy } from '../../../overflow/roomy-list.js';
import { bulletRuns } from './bullets.js';

/** Key points as a bulleted list in the list master's body placeholder (the outline lists them under the title). */
export function addKeyPointsSlide(slide: PptxSlide, s: SlideOf<'key-points'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  // Short lists are set large (34px), as in the HTML themes (roomy-list.ts); else the body size of the master.
  const roomy = isRoomy('key-points', s.title, s.data.points, ctx.lang);
  const fontSize = roomy ? Math.round(34 * PT_PER_PX) : undefined;
  slide.addText(bulletRuns(s.data.points, false, fontSize), { placeholder: 'body', lang: ctx.lang });
}
