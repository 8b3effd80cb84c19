import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ArticleScore,
  type GoldArticle,
  importArticle,
  type NumberEngine,
  scoreArticle,
  seedRecovery,
  summariseScores,
} from '@lectern/import';
import { loadNarrative } from '@lectern/narrative';
import { CONTENT_ROOT, DEFAULT_NARRATIVE, REPO_ROOT } from '../measure/paths.js';
import type { Measure, ScenarioResult } from '../report/results.js';

const CORPUS = path.join(REPO_ROOT, 'packages', 'import', 'test', 'corpus');
const pct = (x: number) => Math.round(x * 1000) / 10;

async function corpusScores(engine: NumberEngine): Promise<{ scores: ArticleScore[]; ms: number }> {
  const files = readdirSync(CORPUS)
    .filter((f) => /\.(txt|md|html|docx)$/.test(f))
    .sort();
  const scores: ArticleScore[] = [];
  const t0 = performance.now();
  for (const file of files) {
    const gold = JSON.parse(
      await readFile(path.join(CORPUS, file.replace(/\.[a-z]+$/, '.gold.json')), 'utf8'),
    ) as GoldArticle;
    const result = await importArticle({
      id: 'bench',
      fileName: file,
      data: await readFile(path.join(CORPUS, file)),
      engine,
    });
    scores.push(scoreArticle(result.draft, gold));
  }
  return { scores, ms: performance.now() - t0 };
}

/**
 * `lectern import` accuracy over the project's annotated corpus (packages/import/test/corpus: articles written
 * for the tests, with gold figures and sections), for the recognizer-based number finder and a plain-regex one;
 * and the seed check: the default narrative's source imported, the share of its hand-modelled facts recovered.
 */
export async function importAccuracy(): Promise<ScenarioResult> {
  const recognizer = await corpusScores('recognizer');
  const regex = await corpusScores('regex');
  const r = summariseScores(recognizer.scores);
  const x = summariseScores(regex.scores);
  const hand = await loadNarrative(path.join(CONTENT_ROOT, DEFAULT_NARRATIVE));
  if (!hand.narrative) throw new Error(`the default narrative does not load: ${hand.findings[0]?.message ?? ''}`);
  const source = await readFile(path.join(CONTENT_ROOT, DEFAULT_NARRATIVE, 'source.txt'));
  const seed = seedRecovery(
    hand.narrative,
    (await importArticle({ id: 'seed', fileName: 'source.txt', data: source })).draft,
  );
  const measures: Measure[] = [
    { label: 'section accuracy', value: pct(r.sections), unit: '%' },
    { label: 'figure recall', value: pct(r.recall), unit: '%', target: { min: 95, text: '≥ 95%' } },
    { label: 'figure precision', value: pct(r.precision), unit: '%', target: { min: 90, text: '≥ 90%' } },
    {
      label: 'subject accuracy (matched figures)',
      value: pct(r.subject),
      unit: '%',
      target: { min: 85, text: '≥ 85%' },
    },
    { label: 'metric accuracy (matched figures)', value: pct(r.metric), unit: '%', target: { min: 85, text: '≥ 85%' } },
    { label: 'period accuracy (matched figures)', value: pct(r.period), unit: '%', target: { min: 85, text: '≥ 85%' } },
    {
      label: 'seed: hand-modelled facts recovered with their subject',
      value: pct(seed.recovered / seed.total),
      unit: '%',
      target: { min: 90, text: '≥ 90%' },
    },
    { label: 'regex-only number finder: figure recall', value: pct(x.recall), unit: '%' },
    { label: 'regex-only number finder: figure precision', value: pct(x.precision), unit: '%' },
    { label: 'import time, whole corpus (recognizer)', value: recognizer.ms, unit: 'ms' },
  ];
  const gold = recognizer.scores.reduce((n, s) => n + s.figures.gold, 0);
  return {
    id: 'import-accuracy',
    title: `lectern import accuracy: ${recognizer.scores.length} annotated articles (${gold} gold figures) and the seed article`,
    measures,
    details: {
      recognizer: r,
      regex: x,
      seed: { recovered: seed.recovered, total: seed.total, missing: seed.missing },
      missed: recognizer.scores.flatMap((s) => s.missed),
      wrong: recognizer.scores.flatMap((s) => s.wrong),
    },
    notes: [
      `seed: ${seed.recovered} of ${seed.total} facts of content/${DEFAULT_NARRATIVE} recovered; missing: ${seed.missing.join('; ') || 'none'}`,
    ],
  };
}
