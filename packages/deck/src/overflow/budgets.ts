import type { LayoutKind } from '../model/deck-model.js';
import { SIZES } from '../themes/tokens.js';

/** One body line in px (28px type, line-height 1.45: the theme tokens). */
export const BODY_LINE_PX = SIZES.body * SIZES.lineHeight;
/** Width of the content box in px: the slide less its side padding (1136px). */
export const CONTENT_WIDTH = SIZES.slideWidth - 2 * SIZES.paddingX;

/**
 * How much text a layout holds, in body lines of `columns` visual columns, at the sizes of our themes
 * (1280×720 slide, 72px side padding, 28px body text: one CJK character = 28px = 2 columns, so the
 * 1136px content box is ~80 columns; we keep a margin). The `lectern` theme CSS uses these sizes.
 */
export interface Budget {
  /** Columns of one body line. */
  columns: number;
  /** Body lines the content area holds below the heading. */
  lines: number;
  /** Extra line cost between list items (margins). */
  gap: number;
}

const BODY: Budget = { columns: 74, lines: 10, gap: 0.3 };

export const BUDGETS: Record<LayoutKind, Budget> = {
  title: { columns: 36, lines: 6, gap: 0 },
  agenda: { columns: 74, lines: 10, gap: 0.2 },
  section: { columns: 60, lines: 8, gap: 0 },
  'key-points': BODY,
  // Measured in px from the card layout (measure-slide.ts); the content box is ~12.5 body lines.
  'big-number': { columns: 74, lines: 12, gap: 0 },
  comparison: { columns: 34, lines: 8, gap: 0.45 },
  // The chart image is 280–400px tall (CHART_MIN_LINES); its caption is set at 22px (CAPTION_COLUMNS).
  chart: { columns: 74, lines: 12, gap: 0 },
  // Quote slides set the heading as a small kicker and size the quotation itself (quote-size.ts):
  // the whole 600px content height (~14 lines) is there, less a margin.
  quote: { columns: 49, lines: 12, gap: 0.6 },
  // The room below a one-line heading is ~12.9 body lines (525px); the browser test checks every theme.
  timeline: { columns: 60, lines: 12, gap: 0.35 },
  summary: BODY,
  // Sources are set at 22px: more columns, more lines.
  sources: { columns: 96, lines: 13, gap: 0.3 },
  'checkpoint-question': { columns: 74, lines: 10, gap: 0.3 },
  'checkpoint-answer': { columns: 74, lines: 10, gap: 0.3 },
};

/**
 * Columns of a list item (28px) in our themes, measured with no margin: the 1136px content box less the 1.2em
 * marker indent. The font-metric model counts their lines exactly in the faces our themes embed
 * (test/export/line-accuracy.test.ts); Marp's themes draw in the system's fonts and keep BUDGETS' margin.
 */
export const LIST_ITEM_COLUMNS = (CONTENT_WIDTH - 1.2 * SIZES.body) / (SIZES.body / 2);

/** Columns of a slide heading (44px), with a margin: what a title is written to fit (statement titles). */
export const TITLE_COLUMNS = 48;
/**
 * Columns a slide heading's lines are measured at: the whole 1136px content box at 44px, with no margin, because
 * the font-metric model counts heading lines exactly (test/export/line-accuracy.test.ts: every heading of the
 * seed and the import corpus, as Chromium wraps it).
 */
export const HEADING_COLUMNS = CONTENT_WIDTH / (SIZES.heading / 2);
/** Body lines one extra heading line costs. */
export const TITLE_LINE_COST = 1.6;
/** Most points a chart shows legibly. */
export const MAX_CHART_POINTS = 12;
/** Body lines the chart image takes: `section.chart img` is at most 400px tall; a body line is 40.6px. */
export const CHART_LINES = 400 / BODY_LINE_PX;
/**
 * Body lines the chart takes at least: it shrinks from 400px to 280px for a two-line title or a long caption
 * (`section.chart > p:has(svg)` in the themes); Marp's themes (themes/marp-layouts.css) set 180–360px.
 */
export const CHART_MIN_LINES = 280 / BODY_LINE_PX;
/** Columns of one caption line (22px type on the 1136px content box, with a margin). */
export const CAPTION_COLUMNS = 96;
/** Caption lines under a chart or table at most; the other statements go to the notes. */
export const MAX_CAPTION_LINES = 2;
/** Body lines one caption line costs (22px type). */
export const CAPTION_LINE_COST = 0.8;
