import { BODY_LINE_PX, BUDGETS, CONTENT_WIDTH, HEADING_COLUMNS, TITLE_LINE_COST } from './budgets.js';
import { type LinesOf, linesIn } from './text-measure.js';

/**
 * A short bullet list (key points, takeaways) is set large: 34px instead of 28px, with more space
 * between items, so five points fill a 1280×720 slide instead of leaving half of it empty. The theme
 * CSS (`section.key-points.roomy`, `section.summary.roomy`) uses these numbers.
 */
export const ROOMY = {
  /** Lists of at most this many points may be set large. */
  maxPoints: 5,
  px: 34,
  /** Columns of one line at 34px: the 1136px box less the 1.2em bullet indent (measured exactly, see budgets.ts). */
  columns: (CONTENT_WIDTH - 1.2 * 34) / 17,
  /** Body lines (40.6px) one 34px line takes (line-height 1.45). */
  lineCost: (34 * 1.45) / BODY_LINE_PX,
  /** Body lines between two items (margin 0.6em at 34px). */
  gap: (0.6 * 34) / BODY_LINE_PX,
} as const;

/** Body lines the points take when set large, in a deck in `language`. */
export function roomyItems(points: readonly string[], language = 'zh-CN'): number[] {
  const lines = linesIn(language);
  return points.map((p) => lines(p, ROOMY.columns) * ROOMY.lineCost + ROOMY.gap);
}

/** Body lines a heading's lines after its first take (44px bold, 1.6 body lines each). */
function extraHeading(title: string, language: string): number {
  return (linesIn(language)(title, HEADING_COLUMNS, { bold: true, title: true }) - 1) * TITLE_LINE_COST;
}

/**
 * Whether a list slide is set large: few enough points, and they still fit the layout's budget at
 * the large size (otherwise the normal size keeps them on one slide). `language`: the deck's.
 */
export function isRoomy(
  layout: 'key-points' | 'summary',
  title: string,
  points: readonly string[],
  language = 'zh-CN',
): boolean {
  if (points.length === 0 || points.length > ROOMY.maxPoints) return false;
  const used = extraHeading(title, language) + roomyItems(points, language).reduce((a, b) => a + b, 0);
  return used <= BUDGETS[layout].lines + 1e-9;
}

/**
 * A short timeline (at most four events) is set large too (`section.timeline.roomy`: 34px): its text column is
 * the content box less the 7.5em date column, the gap and the rule's indent, ~48 columns at 34px.
 */
export const ROOMY_TIMELINE = { maxEvents: 4, columns: 48 } as const;

/**
 * Body lines each event takes when the timeline is set large; `lines` counts a text's lines at a column count
 * (another theme's measure scales it, see measure-slide.ts).
 */
export function roomyEvents(
  texts: readonly string[],
  lines: LinesOf | ((text: string, columns: number) => number),
): number[] {
  return texts.map((t) => lines(t, ROOMY_TIMELINE.columns) * ROOMY.lineCost + ROOMY.gap);
}

/** Whether a timeline is set large: few events that still fit the timeline's budget at the large size. */
export function isRoomyTimeline(title: string, texts: readonly string[], language = 'zh-CN'): boolean {
  if (texts.length === 0 || texts.length > ROOMY_TIMELINE.maxEvents) return false;
  const used = extraHeading(title, language) + roomyEvents(texts, linesIn(language)).reduce((a, b) => a + b, 0);
  return used <= BUDGETS.timeline.lines + 1e-9;
}
