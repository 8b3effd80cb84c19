/** A section number written as a Chinese numeral alone: 一, 二, 十二, 二十一. */
const CHINESE_NUMERAL = /^[〇零一二两三四五六七八九十百]+$/u;

/**
 * The section number as the divider slide shows it, large and alone. A lone Chinese numeral reads as a dash
 * there ("一") or as a bare word, so it is shown as the ordinal a Chinese text writes for a part, 第一部分;
 * digits ("01"), Roman numerals and anything else are shown as the narrative writes them.
 */
export function dividerNumber(number: string): string {
  const n = number.trim();
  return CHINESE_NUMERAL.test(n) ? `第${n}部分` : n;
}
