/** An option read as a figure: a number or range with the words around it. */
export interface Figure {
  low: number;
  high: number;
  /** Unit words after the number, without 以上/以下. */
  unit: string;
  /** Words before the number, without 超过/不足 and the like. */
  prefix: string;
}

const NUM = String.raw`-?\d[\d,]*(?:\.\d+)?`;
const FIGURE = new RegExp(String.raw`^(.*?)(${NUM})(?:[^\d\-–~至到]{0,4}?\s*[-–~至到]\s*(${NUM}))?([^\d]*)$`, 'u');
// Note: Simplified and Traditional forms (超过/超過, 多于/多於), as the figures of zh-TW content are read too.
const ABOVE_BEFORE = /(超[过過]|超|多[于於]|高[于於]|大[于於]|逾|more than|over|above|at least|至少)\s*$/iu;
const BELOW_BEFORE = /(不足|少[于於]|低[于於]|小[于於]|不到|less than|under|below|fewer than|at most|至多)\s*$/iu;
const ABOVE_AFTER = /^([^\d]*?)(以上|多|[余餘]|\+|or more)$/u;
const BELOW_AFTER = /^([^\d]*?)(以下|以[内內]|or less)$/u;

const toNumber = (text: string): number => Number(text.replace(/,/g, ''));

/** Reads `29.4%`, `超过50亿美元`, `10%–20%`, `30%以上` as an interval; undefined for text that is not one figure. */
export function parseFigure(text: string): Figure | undefined {
  const m = FIGURE.exec(text.trim());
  if (!m) return undefined;
  let prefix = m[1] ?? '';
  let unit = (m[4] ?? '').trim();
  let low = toNumber(m[2] as string);
  let high = m[3] === undefined ? low : toNumber(m[3]);
  if (/\d/.test(prefix)) return undefined;
  if (ABOVE_BEFORE.test(prefix)) {
    prefix = prefix.replace(ABOVE_BEFORE, '');
    high = Number.POSITIVE_INFINITY;
  } else if (BELOW_BEFORE.test(prefix)) {
    prefix = prefix.replace(BELOW_BEFORE, '');
    low = Number.NEGATIVE_INFINITY;
  }
  const above = ABOVE_AFTER.exec(unit);
  const below = BELOW_AFTER.exec(unit);
  if (above) {
    unit = (above[1] ?? '').trim();
    high = Number.POSITIVE_INFINITY;
  } else if (below) {
    unit = (below[1] ?? '').trim();
    low = Number.NEGATIVE_INFINITY;
  }
  // Note: a sentence that merely contains a number is not a figure: allow only a short sign or unit around it.
  if (prefix.trim().length > 2 || unit.length > 8 || /[\s,，。;；、:：!！?？]/u.test(unit.trim())) return undefined;
  return { low: Math.min(low, high), high: Math.max(low, high), unit, prefix: prefix.trim() };
}

/** Whether two figures could both be true of one value (a point equal to a point is a duplicate, not an overlap). */
export function figuresOverlap(a: Figure, b: Figure): boolean {
  if (a.low === a.high && b.low === b.high) return false;
  const strictA = a.high === Number.POSITIVE_INFINITY || a.low === Number.NEGATIVE_INFINITY;
  const strictB = b.high === Number.POSITIVE_INFINITY || b.low === Number.NEGATIVE_INFINITY;
  if (strictA || strictB) return a.low < b.high && b.low < a.high;
  return a.low <= b.high && b.low <= a.high;
}
