import { fillTemplate, type QuizStrings } from './strings.js';

/**
 * `2023-Q1` → `2023年第一季度`; `2022` → `2022年`; `FY2025-Q1` → `2025财年第一季度`; `2024-H1` → `2024年上半年`;
 * anything unrecognised is returned as written.
 */
export function formatPeriod(period: string, strings: QuizStrings): string {
  const fiscal = /^FY(\d{4})$/.exec(period);
  if (fiscal) return fillTemplate(strings.period.fiscalYear, { year: fiscal[1] as string });
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half)
    return fillTemplate(strings.period.half, {
      year: half[1] as string,
      half: strings.period.halfNames[Number(half[2]) - 1] as string,
    });
  const quarter = /^(FY)?(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const n = Number(quarter[3]);
    return fillTemplate(quarter[1] ? strings.period.fiscalQuarter : strings.period.quarter, {
      year: quarter[2] as string,
      quarter: strings.period.quarterNames[n - 1] as string,
      quarterNumber: String(n),
    });
  }
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(period);
  if (!date) return period;
  const [, year, month, day] = date as unknown as [string, string, string | undefined, string | undefined];
  if (day && month)
    return fillTemplate(strings.period.day, { year, month: String(Number(month)), day: String(Number(day)) });
  if (month) return fillTemplate(strings.period.month, { year, month: String(Number(month)) });
  return fillTemplate(strings.period.year, { year });
}
