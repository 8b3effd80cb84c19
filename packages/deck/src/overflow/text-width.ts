/**
 * Visual width of text in columns: a wide or full-width character (CJK ideographs, kana, Hangul,
 * full-width forms, most emoji — East Asian Width W/F) counts 2, combining marks 0, others 1.
 * Width is taken per grapheme cluster (Intl.Segmenter), so an emoji sequence counts once.
 */

/**
 * Inclusive code point ranges of East Asian Width W and F (condensed from UAX #11), plus the
 * ambiguous-width punctuation that CJK fonts (Noto Sans SC) draw full-width: the em dash, curly
 * quotation marks and the ellipsis. Counting them wide over-estimates Latin text a little, which
 * errs on the safe side for overflow.
 */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2014, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2026, 0x2026],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x26a1, 0x26a1],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f5],
  [0x26fa, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = WIDE[mid]!;
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Zero-width: combining marks, variation selectors, joiners, controls. */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Characters that can join a grapheme cluster with their neighbours: marks, format characters (ZWJ),
 * CR (CR LF is one cluster), Hangul jamo, the few letters UAX #29 treats as Extend, SpacingMark or
 * Prepend, and everything outside the BMP (emoji, flags, modifiers).
 */
const CLUSTERING =
  /[\p{M}\p{Cf}\r\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F\u{10000}-\u{10FFFF}]/u;

/**
 * The grapheme clusters of `text`. Most slide text has no clustering character, and then every
 * UTF-16 unit is a cluster of its own: iterating the string is ~20× faster than Intl.Segmenter,
 * which matters because overflow measurement runs on every slide of every build.
 */
function graphemes(text: string): Iterable<string> {
  if (!CLUSTERING.test(text)) return text;
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Width in columns of one grapheme cluster. */
export function graphemeWidth(grapheme: string): number {
  const cp = grapheme.codePointAt(0);
  if (cp === undefined) return 0;
  if (isWide(cp)) return 2;
  const first = String.fromCodePoint(cp);
  if (ZERO.test(first)) return grapheme.length > first.length ? 1 : 0;
  // An emoji presentation selector makes a narrow symbol wide.
  return grapheme.includes('\uFE0F') ? 2 : 1;
}

/** Visual width of `text` in columns (Latin letter = 1, CJK = 2). */
export function textWidth(text: string): number {
  let width = 0;
  for (const segment of graphemes(text)) width += graphemeWidth(segment);
  return width;
}

/** Lines `text` takes when wrapped at `columns` (at least one). A rough, greedy estimate. */
export function lineCount(text: string, columns: number): number {
  let lines = 1;
  let used = 0;
  for (const segment of graphemes(text)) {
    if (segment === '\n') {
      lines += 1;
      used = 0;
      continue;
    }
    const w = graphemeWidth(segment);
    if (used + w > columns) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines;
}
