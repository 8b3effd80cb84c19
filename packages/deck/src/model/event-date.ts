import { isChinese } from '@lectern/narrative';

/** Formats an event date (`2008`, `2023-Q1`, `2021-07`, `2023-04-13`) for display. */
export function formatEventDate(date: string, language: string): string {
  const zh = isChinese(language);
  const [year, second, day] = date.split('-');
  if (second === undefined) return zh ? `${year}年` : `${year}`;
  if (second.startsWith('Q')) return zh ? `${year}年第${second.slice(1)}季度` : `${second} ${year}`;
  const month = Number(second);
  if (day === undefined) return zh ? `${year}年${month}月` : `${MONTHS[month - 1]} ${year}`;
  return zh ? `${year}年${month}月${Number(day)}日` : `${Number(day)} ${MONTHS[month - 1]} ${year}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const DATE = /^(\d{1,4})(?:-(?:Q([1-4])|H([12])|(\d{1,2}))(?:-(\d{1,2}))?)?$/i;

/**
 * A sortable key for a date or period: [year, month, day]. A year alone sorts before every month of
 * that year (month 0); a quarter or half starts at its first month (`2023-Q1` = January, before
 * `2023-04`). Anything else sorts after all dates.
 */
export function dateKey(date: string): [number, number, number] {
  const m = DATE.exec(date.trim());
  if (m === null) return [Number.POSITIVE_INFINITY, 0, 0];
  const [, year, quarter, half, month, day] = m;
  let first = 0;
  if (quarter !== undefined) first = (Number(quarter) - 1) * 3 + 1;
  else if (half !== undefined) first = (Number(half) - 1) * 6 + 1;
  else if (month !== undefined) first = Number(month);
  return [Number(year), first, day === undefined ? 0 : Number(day)];
}

/** Orders dates by `dateKey`; equal keys compare 0, so `Array.prototype.sort` keeps their order. */
export function compareDates(a: string, b: string): number {
  const ka = dateKey(a);
  const kb = dateKey(b);
  for (let i = 0; i < 3; i++) {
    const d = ka[i]! - kb[i]!;
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  // Two unparsable dates: by text, so the order is still stable across runs.
  return ka[0] === Number.POSITIVE_INFINITY && kb[0] === Number.POSITIVE_INFINITY ? a.localeCompare(b) : 0;
}
