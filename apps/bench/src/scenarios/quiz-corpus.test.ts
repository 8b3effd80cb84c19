import { describe, expect, it } from 'vitest';
import { type CorpusQuiz, corpusArticles, corpusQuiz, corpusTable } from './quiz-corpus.js';

const SEEDS = [1, 2, 3];

// Every article of the import corpus, imported and built as `lectern import` then `lectern build` would: the quiz
// measured against its blueprint and the item-writing rules.
describe('quizzes of the import corpus', () => {
  const quizzes = async (): Promise<CorpusQuiz[]> => {
    const out: CorpusQuiz[] = [];
    for (const article of corpusArticles()) for (const seed of SEEDS) out.push(await corpusQuiz(article, seed));
    return out;
  };

  it('no cueing pairs, no distractor-rule findings, varied stems, a third above `remember`, most sections covered', {
    timeout: 600_000,
  }, async () => {
    const all = await quizzes();
    expect(new Set(all.map((q) => q.article)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((q) => q.language))).toEqual(new Set(['en', 'zh-CN', 'zh-TW']));
    for (const { article, quiz, report } of all) {
      const where = `${article}, seed ${quiz.seed}`;
      expect(report.items, where).toBeGreaterThanOrEqual(5);
      expect(report.cueingPairs, where).toEqual([]);
      expect(report.distractorViolations, where).toEqual([]);
      expect(report.stemPrefix.share, where).toBeLessThanOrEqual(0.25);
      expect(report.aboveRemember.share, where).toBeGreaterThanOrEqual(0.25);
      const covered = report.sections.filter((s) => s.items > 0).length;
      expect(covered / report.sections.length, where).toBeGreaterThanOrEqual(0.5);
    }
    // Over the corpus, the share above `remember` meets the thin-narrative target of 30%.
    const above = all.reduce((n, q) => n + q.report.items * q.report.aboveRemember.share, 0);
    const items = all.reduce((n, q) => n + q.report.items, 0);
    expect(above / items).toBeGreaterThanOrEqual(0.3);
    expect(corpusTable(all.filter((q) => q.quiz.seed === 1))).toContain('| en-cloud-quarter.md | en |');
  });
});
