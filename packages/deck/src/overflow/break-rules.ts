import { isEastAsian, Lb } from './break-classes.js';

const OPENING_QUOTES = new Set([0x201c, 0x2018, 0xab, 0x2039]);
const CLOSING_QUOTES = new Set([0x201d, 0x2019, 0xbb, 0x203a]);

const wordLike = (c: Lb): boolean => c === Lb.AL || c === Lb.NU;

/**
 * Whether a line may break before `b` (UAX #14's rules in their order, reduced to the classes of
 * break-classes.ts, as ICU applies them in Chromium with `word-break: normal`). Spaces hang at the end of a line.
 *
 * @param a the class of the last character before the break point that is not a space; `aCp` its code point,
 *   `beforeACp` the one before it (-1 at the start)
 * @param spaced whether spaces stand between `a` and `b`
 * @param b the class of the character after the break point; `bCp` its code point, `afterBCp` the next (-1 at the end)
 */
export function canBreak(
  a: Lb,
  aCp: number,
  beforeACp: number,
  spaced: boolean,
  b: Lb,
  bCp: number,
  afterBCp: number,
): boolean {
  if (b === Lb.SP || b === Lb.GL || b === Lb.CM) return false;
  if (!spaced && a === Lb.GL) return false;
  if (a === Lb.ZW) return true;
  // No line starts with closing punctuation, `!`, `?`, an infix separator or `/`, even after spaces (LB13).
  if (b === Lb.CL || b === Lb.CP || b === Lb.EX || b === Lb.IS || b === Lb.SY) return false;
  // No line ends with opening punctuation (LB14); none inside `）：` or `——` (LB16, LB17).
  if (a === Lb.OP) return false;
  if ((a === Lb.CL || a === Lb.CP) && b === Lb.NS) return false;
  if (a === Lb.B2 && b === Lb.B2) return false;
  if (spaced) return true;
  // Quotation marks (LB19, LB19a): an opening one may start a line only between East Asian characters, a closing
  // one end a line only there; neither otherwise.
  if (b === Lb.QU) {
    if (!OPENING_QUOTES.has(bCp)) return false;
    if (!isEastAsian(aCp) || afterBCp < 0 || !isEastAsian(afterBCp)) return false;
  }
  if (a === Lb.QU) {
    if (!CLOSING_QUOTES.has(aCp)) return false;
    if (beforeACp < 0 || !isEastAsian(beforeACp) || !isEastAsian(bCp)) return false;
  }
  // No break before a hyphen, a non-starter or an ellipsis (LB21, LB22).
  if (b === Lb.BA || b === Lb.HY || b === Lb.NS || b === Lb.IN) return false;
  // Numbers stay whole with their signs, separators and units: `-5`, `$10`, `29.4%`, `1/2` (LB25).
  if (b === Lb.NU && (a === Lb.PR || a === Lb.PO || a === Lb.HY || a === Lb.IS || a === Lb.SY || a === Lb.NU)) {
    return false;
  }
  if (b === Lb.PO && (a === Lb.NU || a === Lb.AL || a === Lb.ID || a === Lb.CP)) return false;
  if (a === Lb.PR && (b === Lb.AL || b === Lb.ID || b === Lb.OP)) return false;
  if ((a === Lb.NU || a === Lb.AL) && b === Lb.PR) return false;
  // Words stay whole (LB23, LB28, LB29), and so do `f(x)` and `(a)b` (LB30).
  if (wordLike(a) && wordLike(b)) return false;
  if (a === Lb.IS && b === Lb.AL) return false;
  if (wordLike(a) && b === Lb.OP && !isEastAsian(bCp)) return false;
  if (a === Lb.CP && wordLike(b)) return false;
  return true;
}
