import { isWide } from './wide-characters.js';

/**
 * Line-break classes of UAX #14, reduced to those that decide where slide text may wrap in Chromium
 * (`word-break: normal`, `line-break: auto`): what the browser's ICU line breaker does with prose, numbers and
 * Chinese punctuation.
 */
export const Lb = {
  /** Letters and most symbols: no break inside a word. */
  AL: 0,
  /** Ideographs, kana, Hangul, full-width forms, emoji: a break between any two. */
  ID: 1,
  NU: 2,
  SP: 3,
  /** Mandatory break (a newline). */
  BK: 4,
  /** Glue: no break on either side (word joiner, no-break space, zero-width joiner). */
  GL: 5,
  /** Zero-width space: a break opportunity. */
  ZW: 6,
  /** Opening punctuation: no break after. */
  OP: 7,
  /** Closing punctuation (，。、）」 …): no break before. */
  CL: 8,
  /** ASCII closing parenthesis and bracket. */
  CP: 9,
  /** ！？ ! ?: no break before. */
  EX: 10,
  /** Infix separators `. , : ;`: no break before; none between digits. */
  IS: 11,
  /** `/`: no break before. */
  SY: 12,
  /** Non-starters (：；・ー々): no line starts with one. */
  NS: 13,
  /** Inseparable (… ‥): no break before. */
  IN: 14,
  /** Hyphen-minus: a break after, except before a digit. */
  HY: 15,
  /** Break after (en dash, hyphen, soft hyphen, tab). */
  BA: 16,
  /** Em dash: a break either side, none inside `——`. */
  B2: 17,
  /** Prefix (`$ ¥ € +`) and postfix (`% ‰ ℃`) of a number. */
  PR: 18,
  PO: 19,
  /** Quotation marks: an opening one (“ ‘) keeps to what follows, a closing one (” ’) to what precedes. */
  QU: 20,
  /** Combining marks: the class of the character they mark. */
  CM: 21,
} as const;
export type Lb = (typeof Lb)[keyof typeof Lb];

/** Characters of each class other than AL, ID, NU and CM (decided by their general category). */
const LISTS: ReadonlyArray<readonly [Lb, string]> = [
  [Lb.SP, ' '],
  [Lb.BK, '\n\r\u2028\u2029'],
  [Lb.GL, '\u00a0\u2060\ufeff\u202f\u200d\u2007\u2011\u0f0c'],
  [Lb.ZW, '\u200b'],
  [Lb.OP, '([{¡¿（［｛｟｢〈《「『【〔〖〘〚〝'],
  [Lb.CL, '}、。，．）］｝｠｣〉》」』】〕〗〙〛〞〟﹐﹒'],
  [Lb.CP, ')]'],
  [Lb.EX, '!?！？‼⁇⁈⁉'],
  [Lb.IS, '.,:;'],
  [Lb.SY, '/'],
  [Lb.NS, '：；・ー々〻ゝゞヽヾ〆゛゜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ‼‽﹔﹕﹖﹗'],
  [Lb.IN, '…‥⋯︙'],
  [Lb.HY, '-'],
  [Lb.BA, '\t\u00ad\u2010\u2012\u2013\u058a\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a|'],
  [Lb.B2, '—'],
  [Lb.PR, '$+\\¥£€₩￥＄￡±№₹₽'],
  [Lb.PO, '%‰‱°℃℉′″¢％￠'],
  [Lb.QU, '"\'“”‘’«»‹›'],
];

const MARK = /^[\p{Mn}\p{Me}]$/u;
const DIGIT = /^\p{Nd}$/u;

const UNSET = 0xff;
let listed: Map<number, Lb> | undefined;
const classes = new Uint8Array(0x10000).fill(UNSET);

function classify(cp: number): Lb {
  listed ??= new Map(LISTS.flatMap(([cls, chars]) => [...chars].map((ch) => [ch.codePointAt(0)!, cls] as const)));
  const own = listed.get(cp);
  if (own !== undefined) return own;
  if (isWide(cp)) return Lb.ID;
  const ch = String.fromCodePoint(cp);
  return MARK.test(ch) ? Lb.CM : DIGIT.test(ch) ? Lb.NU : Lb.AL;
}

/** The line-break class of code point `cp` (each BMP class worked out once per process). */
export function breakClass(cp: number): Lb {
  if (cp >= 0x10000) return classify(cp);
  let cls = classes[cp]!;
  if (cls === UNSET) {
    cls = classify(cp);
    classes[cp] = cls;
  }
  return cls as Lb;
}

/** Whether `cp` is East Asian (width F, W or H), for the quotation-mark rule (UAX #14 LB19a). */
export function isEastAsian(cp: number): boolean {
  return isWide(cp) || (cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0xffe8 && cp <= 0xffee);
}
