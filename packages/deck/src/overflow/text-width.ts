import { isWide } from './wide-characters.js';

export { lineCount, type TextStyle } from './line-count.js';

/**
 * The column model: visual width of text in columns: a wide or full-width character (CJK ideographs, kana, Hangul,
 * full-width forms, most emoji — East Asian Width W/F) counts 2, combining marks 0, others 1.
 * Width is taken per grapheme cluster (Intl.Segmenter), so an emoji sequence counts once.
 */

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

/**
 * Lines `text` takes when wrapped at `columns` (at least one) by the column model: a rough, greedy estimate that
 * breaks anywhere, kept to compare the font-metric model (line-count.ts) with.
 */
export function columnLineCount(text: string, columns: number): number {
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
