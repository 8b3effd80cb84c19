import { BODY_LINE_PX, BUDGETS, TITLE_COLUMNS, TITLE_LINE_COST } from './budgets.js';
import { lineCount } from './text-width.js';

/**
 * A short bullet list (key points, takeaways) is set large: 34px instead of 28px, with more space
 * between items, so five points fill a 1280×720 slide instead of leaving half of it empty. The theme
 * CSS (`section.key-points.roomy`, `section.summary.roomy`) uses these numbers.
 */
export const ROOMY = {
  /** Lists of at most this many points may be set large. */
  maxPoints: 5,
  px: 34,
  /** Columns of one line at 34px: the 1136px box less the 1.2em bullet indent, with a margin. */
  columns: 60,
  /** Body lines (40.6px) one 34px line takes (line-height 1.45). */
  lineCost: (34 * 1.45) / BODY_LINE_PX,
  /** Body lines between two items (margin 0.6em at 34px). */
  gap: (0.6 * 34) / BODY_LINE_PX,
} as const;

/** Body lines the points take when set large. */
export function roomyItems(points: readonly string[]): number[] {
  return points.map((p) => lineCount(p, ROOMY.columns) * ROOMY.lineCost + ROOMY.gap);
}

/**
 * Whether a list slide is set large: few enough points, and they still fit the layout's budget at
 * the large size (otherwise the normal size keeps them on one slide).
 */
export function isRoomy(layout: 'key-points' | 'summary', title: string, points: readonly string[]): boolean {
  if (points.length === 0 || points.length > ROOMY.maxPoints) return false;
  const heading = (lineCount(title, TITLE_COLUMNS) - 1) * TITLE_LINE_COST;
  const used = heading + roomyItems(points).reduce((a, b) => a + b, 0);
  return used <= BUDGETS[layout].lines + 1e-9;
}
