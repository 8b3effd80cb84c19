import { recognizeNumber } from '@microsoft/recognizers-text-number';

/** Where a number is written: `[start, end)` of its digits (or Chinese numerals) in the text. */
export interface NumberSpan {
  start: number;
  end: number;
}

/** Which finder reads the numbers: Microsoft's recognizer (default) or plain regular expressions (for comparison). */
export type NumberEngine = 'recognizer' | 'regex';

const DIGITS = /[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−]?\d+(?:\.\d+)?/gu;
const ZH_NUMERALS = /[零〇一二两三四五六七八九十百千]+/gu;

function regexSpans(text: string, chinese: boolean): NumberSpan[] {
  const spans = [...text.matchAll(DIGITS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (chinese) for (const m of text.matchAll(ZH_NUMERALS)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}

/**
 * Numbers in `text`. The recognizer (`@microsoft/recognizers-text-number`, Chinese or English culture)
 * finds digits and Chinese numerals and knows `4600亿`, `30多亿`, `5 billion`, `-2.1`; each of its spans is
 * narrowed to the digits or numerals inside it (scale words are read afterwards, the same way for both engines).
 */
export function numberSpans(text: string, chinese: boolean, engine: NumberEngine = 'recognizer'): NumberSpan[] {
  if (engine === 'regex') return regexSpans(text, chinese);
  const spans: NumberSpan[] = [];
  for (const r of recognizeNumber(text, chinese ? 'zh-cn' : 'en-us')) {
    const inner = text.slice(r.start, r.end + 1);
    // A fraction (`四分之一`) is kept whole: the figure reader turns it into a share.
    if (chinese && /^[零〇一二两三四五六七八九十百]+分之[零〇一二两三四五六七八九十]+$/u.test(inner)) {
      spans.push({ start: r.start, end: r.end + 1 });
      continue;
    }
    const digits = /[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−]?\d+(?:\.\d+)?/u.exec(inner);
    if (digits) {
      spans.push({ start: r.start + digits.index, end: r.start + digits.index + digits[0].length });
      continue;
    }
    const numerals = chinese ? /[零〇一二两三四五六七八九十百千]+/u.exec(inner) : null;
    if (numerals) spans.push({ start: r.start + numerals.index, end: r.start + numerals.index + numerals[0].length });
  }
  // `年入千亿美元`: a bare 十/百/千 before 亿 is a number the recognizer does not read alone.
  if (chinese) {
    for (const m of text.matchAll(/(?<![零〇一二两三四五六七八九十百千\d])[十百千](?=亿|億)/gu)) {
      if (!spans.some((s) => m.index! < s.end && s.start < m.index! + 1))
        spans.push({ start: m.index!, end: m.index! + 1 });
    }
  }
  // Digits the recognizer passed over (it skips some signed amounts, e.g. `为-5.6亿元`) are still numbers.
  for (const d of regexSpans(text, false)) if (!spans.some((s) => d.start < s.end && s.start < d.end)) spans.push(d);
  return spans.sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end);
}
