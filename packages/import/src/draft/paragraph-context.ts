import { findFigures, type FoundNumbers } from '../facts/find-figures.js';
import type { NumberEngine } from '../facts/number-spans.js';
import { firstMetricAt } from '../facts/find-metric.js';
import type { Mention } from '../nlp/entity-types.js';
import { leadingNoun } from '../nlp/leading-noun.js';
import { findMentionsEn } from '../nlp/find-mentions-en.js';
import { findMentionsZh } from '../nlp/find-mentions-zh.js';
import { type Sentence, splitClauses, splitSentences } from '../text/sentences.js';

/** A paragraph read once: its sentences, the names and the numbers in it. */
export interface ReadParagraph {
  id: string;
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  numbers: FoundNumbers;
}

export function readParagraph(id: string, text: string, chinese: boolean, engine: NumberEngine): ReadParagraph {
  const sentences = splitSentences(text);
  const mentions = chinese ? findMentionsZh(text) : findMentionsEn(text);
  const numbers = findFigures(text, chinese, engine);
  if (chinese) {
    const starts = sentences.flatMap((s) => [
      s,
      ...splitClauses(s.text)
        .slice(1)
        .map((c) => ({ text: c.text, start: s.start + c.start }))
        .filter((c) => numbers.figures.some((f) => f.numberAt >= c.start && f.numberAt < c.start + c.text.length)),
    ]);
    for (const s of starts) {
      const lead = leadingNoun(s.text, s.start, firstMetricAt);
      if (lead && !mentions.some((m) => m.start < lead.end && m.end > lead.start)) mentions.push(lead);
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  return { id, text, sentences, mentions, numbers };
}

/** The sentence and clause (paragraph offsets) holding offset `at`. */
export function placeOf(p: ReadParagraph, at: number): { sentence: Sentence; clause: Sentence } {
  const sentence = p.sentences.find((s) => at >= s.start && at < s.start + s.text.length) ??
    p.sentences[p.sentences.length - 1] ?? { text: p.text, start: 0 };
  const local = at - sentence.start;
  const clauses = splitClauses(sentence.text);
  const c = clauses.find((x) => local >= x.start && local < x.start + x.text.length) ??
    clauses[clauses.length - 1] ?? { text: sentence.text, start: 0 };
  return { sentence, clause: { text: c.text, start: sentence.start + c.start } };
}
