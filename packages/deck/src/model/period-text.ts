import { isChinese } from '@lectern/narrative';
import { formatEventDate } from './event-date.js';

/**
 * A fact's period as a subtitle reads it: `2023-Q1` → `2023年第1季度`, `2022-H1` → `2022年上半年`,
 * `2015-2021` → `2015–2021年`; a period of another shape is shown as written.
 */
export function periodText(period: string, language: string): string {
  const zh = isChinese(language);
  const range = /^(\d{4})-(\d{4})$/.exec(period);
  if (range) return zh ? `${range[1]}–${range[2]}年` : `${range[1]}–${range[2]}`;
  const half = /^(\d{4})-H([12])$/i.exec(period);
  if (half) return zh ? `${half[1]}年${half[2] === '1' ? '上' : '下'}半年` : `H${half[2]} ${half[1]}`;
  if (/^\d{4}(-(Q[1-4]|\d{1,2}(-\d{1,2})?))?$/i.test(period)) return formatEventDate(period.toUpperCase(), language);
  return period;
}
