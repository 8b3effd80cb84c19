const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMBER = /[零〇一二两三四五六七八九十百千]+/g;

/** Full-width digits and separators become ASCII, so `２９．４％` reads as `29.4%`. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Every number written in digits, with `,` thousands separators removed (`3,300` → 3300). */
export function digitNumbers(text: string): number[] {
  const folded = foldDigits(text);
  const out: number[] = [];
  for (const match of folded.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    out.push(Number(match[0].replace(/,/g, '')));
  }
  return out;
}

/** The value of one run of Chinese numerals below ten thousand (`两` → 2, `三千三百` → 3300, `十五` → 15). */
export function chineseNumeral(numeral: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of numeral) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else {
      total += (digit < 0 ? 1 : digit) * UNITS[ch]!;
      digit = -1;
    }
  }
  return digit >= 0 ? total + digit : total;
}

/** Whole numbers written in Chinese numerals below ten thousand (`两`, `三千三百`, `十五`). */
export function chineseNumbers(text: string): number[] {
  return [...text.matchAll(CHINESE_NUMBER)].map((m) => chineseNumeral(m[0]));
}

/**
 * Fractions written `X分之Y` (Y/X), in Chinese numerals or digits: `四分之一` → 0.25.
 * Each is also offered as a percentage (25), since a fact may record it in `%`.
 */
export function chineseFractions(text: string): number[] {
  const out: number[] = [];
  const part = '[零〇一二两三四五六七八九十百千]+|\\d+';
  for (const match of foldDigits(text).matchAll(new RegExp(`(${part})分之(${part})`, 'g'))) {
    const [den, num] = [match[1]!, match[2]!].map((s) => (/^\d+$/.test(s) ? Number(s) : chineseNumbers(s)[0]!));
    if (den && num !== undefined) out.push(num / den, (num / den) * 100);
  }
  return out;
}

/** True when `value` (or its absolute value) is written in `text`, in digits, Chinese numerals or a fraction. */
export function textStatesValue(text: string, value: number): boolean {
  const target = Math.abs(value);
  const same = (n: number) => Math.abs(n - target) <= 1e-9 * Math.max(1, target);
  return digitNumbers(text).some(same) || chineseNumbers(text).some(same) || chineseFractions(text).some(same);
}
