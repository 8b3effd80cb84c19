import type { DraftNarrative } from '../draft/draft-model.js';
import { toSimplified } from '@lectern/narrative';
import type { GoldArticle } from './gold.js';

/** Counts behind the accuracy figures of one article (sums over a corpus give the corpus figures). */
export interface ArticleScore {
  sections: { correct: number; total: number };
  figures: { gold: number; predicted: number; matched: number };
  subject: number;
  metric: number;
  period: number;
  /** Gold figures not found, and predicted facts that match no gold figure, for reading. */
  missed: string[];
  extra: string[];
  /** Matched figures whose subject, metric or period differ from the gold: `field: drafted ≠ gold «evidence»`. */
  wrong: string[];
}

const norm = (s: string) =>
  toSimplified(s)
    .toLowerCase()
    .replace(/[\s“”"「」'’]/g, '');
const alternatives = (s: string) => s.split('|').map(norm);

/** True when two names are the same entity as written: equal, or one contains the other. */
function sameName(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)));
}

/**
 * Scores a drafted narrative against its gold annotation: sections by position and title; each gold figure is
 * matched one-to-one, in order, to a drafted fact of the same value and scale; subject (any name or alias of the
 * fact's entity against the gold alternatives), metric and period are scored on the matched pairs.
 */
export function scoreArticle(draft: DraftNarrative, gold: GoldArticle): ArticleScore {
  const names = new Map(draft.entities.map((e) => [e.key, [e.name, ...e.aliases].map(norm)]));
  const facts = draft.sections.flatMap((s) => s.facts);
  const used = new Set<number>();
  const score: ArticleScore = {
    sections: { correct: 0, total: Math.max(gold.sections.length, draft.sections.length) },
    figures: { gold: gold.figures.length, predicted: facts.length, matched: 0 },
    subject: 0,
    metric: 0,
    period: 0,
    missed: [],
    extra: [],
    wrong: [],
  };
  gold.sections.forEach((title, i) => {
    const s = draft.sections[i];
    if (!s) return;
    const untitled = s.review.some((r) => r.kind === 'section-title-missing');
    if (title === '' ? untitled || i === 0 : norm(s.title) === norm(title)) score.sections.correct++;
  });
  for (const g of gold.figures) {
    const k = facts.findIndex(
      (f, i) => !used.has(i) && Math.abs(f.value - g.value) < 1e-9 && norm(f.scale ?? '') === norm(g.scale ?? ''),
    );
    if (k < 0) {
      score.missed.push(`${g.value}${g.scale ?? ''}${g.unit ?? ''} (${g.subject}, ${g.metric}, ${g.period})`);
      continue;
    }
    used.add(k);
    const f = facts[k]!;
    score.figures.matched++;
    const fNames = names.get(f.subject) ?? [norm(f.subject)];
    const where = `${g.value} «${f.evidence}»`;
    if (alternatives(g.subject).some((a) => fNames.some((n) => sameName(a, n)))) score.subject++;
    else score.wrong.push(`subject: ${fNames[0]} ≠ ${g.subject} ${where}`);
    if (alternatives(g.metric).includes(norm(f.metric))) score.metric++;
    else score.wrong.push(`metric: ${f.metric} ≠ ${g.metric} ${where}`);
    if (alternatives(g.period).includes(norm(f.period ?? ''))) score.period++;
    else score.wrong.push(`period: ${f.period ?? '-'} ≠ ${g.period || '-'} ${where}`);
  }
  facts.forEach((f, i) => {
    if (!used.has(i)) score.extra.push(`${f.value}${f.scale ?? ''}${f.unit} «${f.evidence}»`);
  });
  return score;
}

/** Corpus totals as ratios: section accuracy, figure recall and precision, and subject/metric/period accuracy. */
export function summariseScores(scores: readonly ArticleScore[]): {
  sections: number;
  recall: number;
  precision: number;
  subject: number;
  metric: number;
  period: number;
} {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const matched = sum((s) => s.figures.matched);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    sections: ratio(
      sum((s) => s.sections.correct),
      sum((s) => s.sections.total),
    ),
    recall: ratio(
      matched,
      sum((s) => s.figures.gold),
    ),
    precision: ratio(
      matched,
      sum((s) => s.figures.predicted),
    ),
    subject: ratio(
      sum((s) => s.subject),
      matched,
    ),
    metric: ratio(
      sum((s) => s.metric),
      matched,
    ),
    period: ratio(
      sum((s) => s.period),
      matched,
    ),
  };
}
