import { CONTENT_WIDTH } from './budgets.js';
import { graphemeWidth } from './text-width.js';

/** Sizes a KPI value may take, in px, largest first; the theme CSS has a `kv-<px>` class for each. */
export const KPI_VALUE_SIZES = [96, 84, 72, 64, 56, 48, 42, 36, 32, 28] as const;
export type KpiValueSize = (typeof KPI_VALUE_SIZES)[number];

/** Largest value size for 1…4 cards side by side (a lone KPI may be huge; four must share). */
const MAX_FOR_COUNT: readonly number[] = [96, 96, 72, 60, 48];

/**
 * Inner width in px of one KPI card when `count` cards share the 1136px content box: 40px gaps,
 * 24px padding each side (the `lectern` themes' `section.big-number li`).
 */
export function kpiCardWidth(count: number): number {
  const n = Math.max(1, count);
  return (CONTENT_WIDTH - 40 * (n - 1)) / n - 48;
}

/**
 * Width of `text` in em of bold Noto Sans SC: a wide (CJK) character is 1em, anything else is
 * taken as 0.62em (digits are ~0.55em; the margin covers `%` and capitals).
 */
export function valueEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += graphemeWidth(ch) === 2 ? 1 : graphemeWidth(ch) === 0 ? 0 : 0.62;
  return ems;
}

/**
 * The one size (px) for the values of a big-number slide, so the widest value fits its card on one
 * line: the largest step of KPI_VALUE_SIZES within the limit for the cards per row and the card's
 * width. Values never wrap (`white-space: nowrap`); at the smallest step a very long value is clipped.
 */
export function kpiValueSize(
  values: readonly string[],
  cardWidth = kpiCardWidth(values.length),
  perRow = values.length,
): KpiValueSize {
  const widest = Math.max(1, ...values.map(valueEms));
  const limit = Math.min(MAX_FOR_COUNT[Math.max(1, Math.min(perRow, 4))]!, cardWidth / widest);
  return KPI_VALUE_SIZES.find((s) => s <= limit) ?? KPI_VALUE_SIZES[KPI_VALUE_SIZES.length - 1]!;
}

/** Below this value size, four cards in a row give way to a 2 × 2 grid. */
const MIN_ROW_SIZE = 42;

/** How a big-number slide lays its cards out: cards per row, and the value size. */
export interface KpiLayout {
  perRow: number;
  size: KpiValueSize;
}

/**
 * One row of cards, unless four values would be smaller than MIN_ROW_SIZE side by side: then two
 * rows of two, with values twice as wide (the `kpi-grid` class in the themes).
 */
export function kpiLayout(values: readonly string[]): KpiLayout {
  const row = kpiValueSize(values);
  if (values.length < 4 || row >= MIN_ROW_SIZE) return { perRow: Math.max(1, values.length), size: row };
  return { perRow: 2, size: kpiValueSize(values, kpiCardWidth(2), 2) };
}
