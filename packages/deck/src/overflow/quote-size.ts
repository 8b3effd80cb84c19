import { BODY_LINE_PX } from './budgets.js';
import { columnsIn, linesIn } from './text-measure.js';

/**
 * Type sizes of a quote slide, largest first. `columns` is the line length at that size on the
 * 1026px quote box (1072px content less the 10px rule and 36px indent): 2052 / px. `maxLines` is how many
 * lines a quote may take at that size before the next size down is used. The theme CSS
 * (`section.quote.quote-*`) uses the same pixel sizes.
 */
export const QUOTE_SIZES = [
  { name: 'xl', px: 64, columns: 32, maxLines: 2 },
  { name: 'l', px: 52, columns: 39, maxLines: 3 },
  { name: 'm', px: 42, columns: 48, maxLines: 4 },
  { name: 's', px: 34, columns: 60, maxLines: 7 },
] as const;

export type QuoteSize = (typeof QUOTE_SIZES)[number];

/** Line height of quote text (CSS `line-height: 1.4`), and a body line (28px × 1.45), in px. */
const QUOTE_LINE = 1.4;

/**
 * The largest size at which the quotation keeps within that size's line limit (else the smallest), in a deck in
 * `language`. Quotations are set semibold (600: the bold face).
 */
export function quoteSize(texts: readonly string[], language = 'zh-CN'): QuoteSize {
  const width = columnsIn(language);
  const widest = texts.reduce((a, t) => (width(t, { bold: true }) > width(a, { bold: true }) ? t : a), '');
  // Several quotes on one slide never get the largest size: they would crowd each other.
  const sizes = texts.length > 1 ? QUOTE_SIZES.slice(1) : QUOTE_SIZES;
  const lines = linesIn(language);
  const fits = sizes.find((s) => lines(`“${widest}”`, s.columns, { bold: true }) <= s.maxLines);
  return fits ?? QUOTE_SIZES[QUOTE_SIZES.length - 1]!;
}

/** Body lines (28px units) one quotation takes at `size`, in a deck in `language`. */
export function quoteLines(text: string, size: QuoteSize, language = 'zh-CN'): number {
  return (linesIn(language)(`“${text}”`, size.columns, { bold: true }) * size.px * QUOTE_LINE) / BODY_LINE_PX;
}
