import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ArticleScore, type GoldArticle, importArticle, scoreArticle, summariseScores } from '../src/index.js';

const CORPUS = new URL('./corpus/', import.meta.url);
const articles = readdirSync(CORPUS).filter((f) => /\.(txt|md|html|docx)$/.test(f));
const scores = new Map<string, ArticleScore>();

async function scored(file: string): Promise<{
  score: ArticleScore;
  gold: GoldArticle;
  language: string;
  title: string;
  source: { [key: string]: string | undefined };
}> {
  const gold = JSON.parse(
    readFileSync(new URL(file.replace(/\.[a-z]+$/, '.gold.json'), CORPUS), 'utf8'),
  ) as GoldArticle;
  const result = await importArticle({ id: 'corpus', fileName: file, data: readFileSync(new URL(file, CORPUS)) });
  const score = scoreArticle(result.draft, gold);
  scores.set(file, score);
  return {
    score,
    gold,
    language: result.draft.language,
    title: result.draft.title,
    source: { ...result.draft.source },
  };
}

describe('the corpus (articles written for these tests, annotated by hand)', () => {
  it('holds at least 4 Simplified, 2 Traditional and 4 English articles in every format', () => {
    const gold = articles.map(
      (f) =>
        (JSON.parse(readFileSync(new URL(f.replace(/\.[a-z]+$/, '.gold.json'), CORPUS), 'utf8')) as GoldArticle)
          .language,
    );
    expect(gold.filter((l) => l === 'zh-CN').length).toBeGreaterThanOrEqual(4);
    expect(gold.filter((l) => l === 'zh-TW').length).toBeGreaterThanOrEqual(2);
    expect(gold.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(4);
    expect(new Set(articles.map((f) => f.split('.').pop()))).toEqual(new Set(['txt', 'md', 'html', 'docx']));
  });

  it.each(articles)(
    '%s: language, title, byline, every section, and per-article accuracy floors',
    { timeout: 120_000 },
    async (file) => {
      const { score, gold, language, title, source } = await scored(file);
      expect(language).toBe(gold.language);
      expect(title).toBe(gold.title);
      for (const [key, value] of Object.entries(gold.source ?? {})) expect(source[key], key).toBe(value);
      expect(score.sections.correct, JSON.stringify(score.sections)).toBe(score.sections.total);
      const { gold: g, predicted, matched } = score.figures;
      expect(matched / g, `recall; missed: ${score.missed.join('; ')}`).toBeGreaterThanOrEqual(0.9);
      expect(matched / predicted, `precision; extra: ${score.extra.join('; ')}`).toBeGreaterThanOrEqual(0.9);
      expect(score.subject / matched, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.5);
      expect(score.metric / matched, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.7);
      expect(score.period / matched, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.4);
    },
  );

  it('meets the corpus targets: figure recall ≥ 95%, precision ≥ 90%, subject, metric and period ≥ 85%', {
    timeout: 300_000,
  }, async () => {
    for (const file of articles) if (!scores.has(file)) await scored(file);
    const total = summariseScores([...scores.values()]);
    expect(total.sections).toBe(1);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
    expect(total.metric).toBeGreaterThanOrEqual(0.85);
    expect(total.subject).toBeGreaterThanOrEqual(0.85);
    expect(total.period).toBeGreaterThanOrEqual(0.85);
  });
});
