import { contentWords } from '../nlp/segment.js';
import { visualLength } from '../text/cjk.js';

/** A candidate sentence for key points, with what makes it worth showing. */
export interface RankInput {
  text: string;
  hasFigure: boolean;
  /** A table row written as a sentence: data, not a point; drafted as a key point only when prose runs short. */
  tableRow?: boolean;
}

const CAUSAL =
  /因为|由于|因此|所以|导致|使得|得益于|受.{0,6}影响|意味着|原因|關鍵|关键|因為|由於|導致|意味著|\b(?:because|due to|as a result|driven by|thanks to|therefore|which means|led to|caused|reflects?|so that)\b/iu;

/**
 * TextRank over the section's sentences (similarity = shared content words, normalised by length as in
 * Mihalcea & Tarau 2004), then weighted towards sentences that state figures or causes and away from
 * sentences too long for a slide. Returns a score per sentence.
 */
export function rankSentences(sentences: readonly RankInput[], chinese: boolean): number[] {
  const words = sentences.map((s) => new Set(contentWords(s.text, chinese)));
  const n = sentences.length;
  const sim: number[][] = words.map((a, i) =>
    words.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      return shared / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  const out = sim.map((row) => row.reduce((x, y) => x + y, 0));
  let score = new Array<number>(n).fill(1);
  for (let iter = 0; iter < 30; iter++) {
    score = score.map(
      (_, i) => 0.15 + 0.85 * sim.reduce((acc, row, j) => acc + (out[j]! > 0 ? (row[i]! / out[j]!) * score[j]! : 0), 0),
    );
  }
  const limit = chinese ? 60 : 32;
  return sentences.map((s, i) => {
    const len = visualLength(s.text);
    let w = score[i]!;
    if (s.hasFigure) w *= 1.5;
    if (CAUSAL.test(s.text)) w *= 1.3;
    if (len > limit) w *= limit / len;
    if (len < (chinese ? 8 : 5)) w *= 0.3;
    return w + (n - i) * 1e-6;
  });
}
