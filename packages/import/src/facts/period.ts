/** A period named in text, normalised (`2023`, `2023-Q1`, `FY2025`, `FY2025-Q2`, `2023-H1`, `2023-04`), at an offset. */
export interface PeriodMention {
  period: string;
  start: number;
  end: number;
}

const ZH_Q: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', '1': '1', '2': '2', '3': '3', '4': '4' };
const EN_Q: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const yearOf = (y: string) => (y.length === 2 ? `20${y}` : y);

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/(\d{4})\s*财年\s*第?([一二三四1-4])(?:财季|季度)/gu, (m) => `FY${m[1]}-Q${ZH_Q[m[2]!]}`],
  [/(\d{4})\s*財年\s*第?([一二三四1-4])(?:財季|季度)/gu, (m) => `FY${m[1]}-Q${ZH_Q[m[2]!]}`],
  [/(\d{4})\s*[财財]年/gu, (m) => `FY${m[1]}`],
  [/(\d{4})\s*年\s*(?:第\s*)?([一二三四1-4])\s*季(?:度)?/gu, (m) => `${m[1]}-Q${ZH_Q[m[2]!]}`],
  [/(\d{4})\s*年\s*Q([1-4])/gu, (m) => `${m[1]}-Q${m[2]}`],
  [/(\d{4})\s*年\s*([上下])半年/gu, (m) => `${m[1]}-H${m[2] === '上' ? 1 : 2}`],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月(?![\d日])/gu, (m) => `${m[1]}-${m[2]!.padStart(2, '0')}`],
  [/(\d{4})\s*年(?:全年|度)?/gu, (m) => m[1]!],
  [/\bFY\s?'?(\d{4}|\d{2})\s*(?:Q([1-4]))?\b/gu, (m) => `FY${yearOf(m[1]!)}${m[2] ? `-Q${m[2]}` : ''}`],
  [/\bQ([1-4])\s*(?:FY\s?'?(\d{2,4}))\b/gu, (m) => `FY${yearOf(m[2]!)}-Q${m[1]}`],
  [/\bQ([1-4])\s*(?:of\s+)?'?(\d{4})\b/gu, (m) => `${m[2]}-Q${m[1]}`],
  [
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/gu,
    (m) => `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`,
  ],
  [
    /\b(first|second|third|fourth)\s+quarter\s+of\s+(?:fiscal\s+(?:year\s+)?)?(\d{4})\b/giu,
    (m) => `${/fiscal/i.test(m[0]) ? 'FY' : ''}${m[2]}-Q${EN_Q[m[1]!.toLowerCase()]}`,
  ],
  [/\bfiscal\s+(?:year\s+)?(\d{4})\b/giu, (m) => `FY${m[1]}`],
  [/\b(?:mid|early|late)-(\d{4})\b/gu, (m) => m[1]!],
  [/\b(?:in|for|during|of|through)\s+(\d{4})\b(?!\s*(?:%|percent))/gu, (m) => m[1]!],
  [/\b(\d{4})\s+(?:revenue|sales|results|profit|earnings|shipments)\b/giu, (m) => m[1]!],
];

/** Parenthesised asides (`（即2023年7月至9月）`) blanked out, offsets kept: they restate, they do not set the period. */
function withoutAsides(text: string): string {
  return text.replace(/[（(][^（）()]*[）)]/gu, (m) => ' '.repeat(m.length));
}

/** Every period written in `text`, left to right, longest reading first at any offset. */
export function findPeriods(raw: string): PeriodMention[] {
  const text = withoutAsides(raw);
  const found: (PeriodMention & { end: number })[] = [];
  for (const [re, make] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ period: make(m as RegExpExecArray), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Quarters and halves named without their year (`第二季度`, `三季度`, `Q3`, `上半年`, `the third quarter`, `first half`,
 * `the quarter ended Dec. 30`), with offsets.
 */
export function bareQuarters(text: string): { part: string; start: number; end: number }[] {
  const out: { part: string; start: number; end: number }[] = [];
  const re =
    /(?<!\d\s*年\s*|[上下前后後])(?:第\s*)?([一二三四])季度?(?!度)|(?<![\dA-Za-z])Q([1-4])(?!\s*'?\d)|([上下])半年|\b(first|second|third|fourth)\s+quarter\b|\b(first|second)\s+half\b|\b(?:quarter|three months) ended\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?!,?\s*\d{4})/giu;
  for (const m of text.matchAll(re)) {
    const part =
      m[1] || m[2]
        ? `Q${ZH_Q[m[1] ?? m[2]!]}`
        : m[3]
          ? `H${m[3] === '上' ? 1 : 2}`
          : m[4]
            ? `Q${EN_Q[m[4].toLowerCase()]}`
            : m[5]
              ? `H${m[5].toLowerCase() === 'first' ? 1 : 2}`
              : `Q${Math.ceil((MONTHS.findIndex((x) => x.startsWith(m[6]!)) + 1) / 3)}`;
    out.push({ part, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The first quarter or half named without its year in `text`. */
export function findBareQuarter(text: string): string | undefined {
  return bareQuarters(text)[0]?.part;
}

/** Shifts a period back by a year (`2024-Q3` → `2023-Q3`, `FY2025-Q1` → `FY2024-Q1`) or by one quarter. */
export function shiftPeriod(period: string, by: 'year' | 'quarter'): string | undefined {
  const m = /^(FY)?(\d{4})(?:-(Q|H)(\d))?$/.exec(period);
  if (!m) return undefined;
  const [, fy = '', y, part, n] = m;
  if (by === 'year') return `${fy}${Number(y) - 1}${part ? `-${part}${n}` : ''}`;
  if (part !== 'Q') return undefined;
  const q = Number(n) - 1;
  return q >= 1 ? `${fy}${y}-Q${q}` : `${fy}${Number(y) - 1}-Q4`;
}

/** A period named relative to the one in force: `a year earlier`, `去年同期` (a year back), `上一季度` (a quarter back), `全年` (the year itself). */
export function relativePeriod(text: string, before: boolean): 'year' | 'quarter' | 'full-year' | undefined {
  const year =
    /(?:去年同期|上年同期|一年前|去年|a year (?:earlier|ago|before)|year-ago|the prior year|the previous year|last year)/iu;
  const quarter =
    /(?:上一?季度?|上季|前一季|上一财季|上一財季|the (?:previous|prior|preceding) quarter|last quarter|a quarter earlier)/iu;
  const fullYear = /(?:全年|整年|full[- ]year|the whole year|ended the year|end of the year)/iu;
  // Before the figure the phrase must lead straight to it (`上一季度的-0.8%`); after it, follow straight on (`29% a year earlier`).
  const near = (re: RegExp) =>
    new RegExp(
      before ? `${re.source}[\\s的之约約为為]*$` : `^\\s*(?:from\\s+|in\\s+)?(?:the\\s+)?${re.source}`,
      'iu',
    ).test(text);
  if (near(year)) return 'year';
  if (near(quarter)) return 'quarter';
  if (fullYear.test(text) && before) return 'full-year';
  return undefined;
}
