import { isChinese } from '@lectern/narrative';
import type { PptxSlide } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { quoted } from '../../../model/quote-slides.js';
import { quoteSize } from '../../../overflow/quote-size.js';
import { lineCount } from '../../../overflow/text-width.js';
import { PAGE, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

/** Inches per CSS pixel of the 1280px slide (the page is 10in wide). */
const IN_PER_PX = PAGE.width / 1280;
/** Points per CSS pixel: 1px = 1/96in on screen, and the page is 10in for 1280px. */
const PT_PER_PX = IN_PER_PX * 72;
const LEFT = 0.85;
const TEXT_W = PAGE.width - LEFT - 0.8;
const ATTRIBUTION_PX = 26;
const GAP = 0.3;

/**
 * A presenter's quote slide, as in the HTML themes: the heading as a small kicker, each quotation
 * large (the same size ladder as the CSS) in quotation marks, `— speaker · context` under it, the
 * whole block centred vertically.
 */
export function addQuoteSlide(slide: PptxSlide, s: SlideOf<'quote'>, ctx: PptxContext): void {
  // The quote master's title placeholder is the small kicker.
  addHeading(slide, ctx, s.title);
  const size = quoteSize(
    s.data.quotes.map((q) => q.text),
    ctx.lang,
  );
  const columns = size.columns;
  const blocks = s.data.quotes.map((q) => {
    const shown = quoted(q.text, ctx.labels.quoteMarks);
    const quoteH = lineCount(shown, columns) * size.px * 1.4 * IN_PER_PX + 0.1;
    const attribution = `— ${q.attribution}`;
    const attributionH = lineCount(attribution, 80) * ATTRIBUTION_PX * 1.45 * IN_PER_PX + 0.1;
    return { shown, attribution, quoteH, attributionH };
  });
  const total = blocks.reduce((a, b) => a + b.quoteH + b.attributionH, 0) + GAP * (blocks.length - 1);
  let y = Math.max(0.8, (PAGE.height - total) / 2);
  const zh = isChinese(ctx.lang);
  for (const b of blocks) {
    slide.addShape('rect', {
      x: LEFT - 0.28,
      y,
      w: 0.07,
      h: b.quoteH,
      fill: { color: ctx.theme.accent2 },
      line: { color: ctx.theme.accent2 },
    });
    slide.addText(b.shown, {
      ...bodyText(ctx),
      x: LEFT,
      y,
      w: TEXT_W,
      h: b.quoteH,
      fontSize: Math.round(size.px * PT_PER_PX),
      bold: true,
      italic: !zh,
      valign: 'middle',
      lineSpacingMultiple: 1.1,
      fit: 'shrink',
    });
    y += b.quoteH;
    slide.addText(b.attribution, {
      ...bodyText(ctx),
      x: LEFT,
      y,
      w: TEXT_W,
      h: b.attributionH,
      fontSize: Math.round(ATTRIBUTION_PX * PT_PER_PX),
      color: ctx.theme.muted,
    });
    y += b.attributionH + GAP;
  }
}
