import { visualLength } from '../text/cjk.js';
import { splitClauses } from '../text/sentences.js';
import { rankSentences, type RankInput } from './rank-sentences.js';

/** A sentence cut to fit a slide line: whole when short, else its leading clauses up to the limit. */
export function fitLine(sentence: string, chinese: boolean, limit = chinese ? 56 : 30): string {
  let text = sentence.trim();
  if (visualLength(text) > limit) {
    const clauses = splitClauses(text);
    let kept = clauses[0]?.text ?? text;
    for (const c of clauses.slice(1)) {
      const next = `${kept}${chinese ? '，' : ', '}${c.text}`;
      if (visualLength(next) > limit) break;
      kept = next;
    }
    text = kept;
  }
  return text.replace(/[。！？.!?；;，,：:\s]+$/u, '');
}

/**
 * Key points (3–6, fewer only when the section has fewer sentences) and a one-line summary, drafted
 * extractively: the best-ranked sentences in reading order; the summary is the best one. Prose ranks before a
 * table row written as a sentence (`Google Cloud: Q3 2024 revenue $11.4 billion; Growth 35%`), which says data,
 * not a point: a row is drafted only when the section's prose runs short.
 */
export function draftPoints(
  sentences: readonly RankInput[],
  chinese: boolean,
): { keyPoints: string[]; summary: string } {
  const scores = rankSentences(sentences, chinese);
  const row = (i: number): number => (sentences[i]!.tableRow === true ? 1 : 0);
  const order = sentences.map((_, i) => i).sort((a, b) => row(a) - row(b) || scores[b]! - scores[a]!);
  const want = Math.max(3, Math.min(6, Math.round(sentences.length / 3)));
  const chosen: number[] = [];
  const seen = new Set<string>();
  for (const i of order) {
    const line = fitLine(sentences[i]!.text, chinese);
    if (!line || seen.has(line)) continue;
    seen.add(line);
    chosen.push(i);
    if (chosen.length >= want) break;
  }
  const keyPoints = chosen.sort((a, b) => a - b).map((i) => fitLine(sentences[i]!.text, chinese));
  const best = order[0];
  const summary = best === undefined ? '' : fitLine(sentences[best]!.text, chinese, chinese ? 60 : 32);
  const end = chinese ? '。' : '.';
  return { keyPoints, summary: summary ? summary + end : summary };
}
