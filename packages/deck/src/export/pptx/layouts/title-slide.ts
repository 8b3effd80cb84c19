import type { SlideOf } from '../../../model/deck-model.js';
import { lineCount } from '../../../overflow/text-width.js';
import { PAGE, type PptxContext, bodyText } from '../pptx-context.js';
import type { PptxSlide, PptxTextRun } from '../pptxgen-class.js';

/** Where the title master puts the title (slide-masters.ts): its left edge and the bottom of its box. */
const TITLE_X = 1.06;
const TITLE_BOTTOM = 2.85;

/**
 * The opening slide as the HTML themes draw it: the title (in the master's title placeholder) with the
 * accent bar at its left, the subtitle and the cut's title in muted type under it, then the source line.
 */
export function addTitleSlide(slide: PptxSlide, s: SlideOf<'title'>, ctx: PptxContext): void {
  const { data } = s;
  const { theme } = ctx;
  slide.addText(data.title, { placeholder: 'title', lang: ctx.lang });
  // The bar spans the title's lines: the master sets it at 64px-equivalent points, bottom-aligned.
  const size = Math.round((theme.sizes.heading * 64) / 44);
  const w = PAGE.width - TITLE_X - 0.75;
  const lines = Math.min(2, lineCount(data.title, Math.floor(((w * 72) / size) * 2)));
  const h = (lines * size * 1.2) / 72;
  slide.addShape('rect', {
    x: 0.75,
    y: TITLE_BOTTOM - h,
    w: 0.09,
    h,
    fill: { color: theme.accent },
    line: { color: theme.accent, width: 0 },
  });
  const lines2: PptxTextRun[] = [];
  if (data.subtitle) {
    lines2.push({
      text: data.subtitle,
      options: { fontSize: Math.round((theme.sizes.heading * 32) / 44), breakLine: true },
    });
  }
  if (data.cutTitle)
    lines2.push({ text: data.cutTitle, options: { bold: true, color: theme.accent, breakLine: true } });
  if (data.sourceLine) {
    lines2.push({
      text: `${ctx.labels.source}${ctx.labels.join}${data.sourceLine}`,
      options: { fontSize: theme.sizes.caption, paraSpaceBefore: 10 },
    });
  }
  if (lines2.length > 0) {
    slide.addText(lines2, {
      ...bodyText(ctx),
      x: TITLE_X - 0.31,
      y: TITLE_BOTTOM + 0.2,
      w: PAGE.width - TITLE_X - 0.44,
      h: 1.6,
      color: theme.muted,
      fit: 'shrink',
    });
  }
}
