/** A number written in the source text. */
export interface WrittenNumber {
  /** 1-based source line. */
  line: number;
  /** The word that holds it: `29.4`, `Graviton2`, `四个`, `十几年`, `四分之一`. */
  word: string;
  /** Its value, or undefined for vague amounts such as 数十 or 几. */
  value: number | undefined;
}

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Arabic numerals, with any Latin letters around them (so `Graviton2` and `x86` stay whole). */
const ARABIC = /[A-Za-z]*\d+(?:\.\d+)?[A-Za-z]*/g;
/**
 * Chinese numerals that count or measure something: a fraction (`四分之一`), or a run of numeral
 * characters followed by a measure word, a unit or a scale (`两款`, `四个`, `千亿`, `十几年`, `两月`).
 */
const CHINESE =
  /[一二两三四五六七八九十]分之[一二两三四五六七八九十]|[数一二两三四五六七八九十百千]+几?(?=[个款家大年月倍季强亿万])/g;

/** Reads a Chinese numeral word; undefined when it is vague (数十, 十几 stays 10: "over ten"). */
export function chineseValue(word: string): number | undefined {
  const fraction = /^(.)分之(.)$/.exec(word);
  if (fraction) return DIGIT[fraction[2]!]! / (DIGIT[fraction[1]!] ?? UNIT[fraction[1]!]!);
  if (word.includes('数')) return undefined;
  let total = 0;
  let digit = -1;
  for (const ch of word.replace('几', '')) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else {
      total += (digit < 0 ? 1 : digit) * UNIT[ch]!;
      digit = -1;
    }
  }
  return digit >= 0 ? total + digit : total;
}

/** Every number written in `lines`, Arabic and Chinese, in reading order. */
export function writtenNumbers(lines: readonly string[]): WrittenNumber[] {
  return lines.flatMap((text, i) => [
    ...Array.from(text.matchAll(ARABIC), (m) => ({
      line: i + 1,
      word: m[0],
      value: /^\d+(\.\d+)?$/.test(m[0]) ? Number(m[0]) : undefined,
    })),
    ...Array.from(text.matchAll(CHINESE), (m) => ({ line: i + 1, word: m[0], value: chineseValue(m[0]) })),
  ]);
}

/** The numbers inside a period or date such as `2023-Q1`, `2021-07`, `2008-2023`, `2022-H1`. */
export function numbersInDate(date: string): number[] {
  return Array.from(date.matchAll(/\d+/g), (m) => Number(m[0]));
}
