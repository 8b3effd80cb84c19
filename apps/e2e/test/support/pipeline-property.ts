import { buildDeckModel, exportPptx, lintDeck, renderDeckHtml, renderMarpMarkdown } from '@lectern/deck';
import { type Narrative, parseNarrative } from '@lectern/narrative';
import {
  assembleQuiz,
  buildItemBank,
  exportQuizFiles,
  exportQuizGift,
  exportQuizJson,
  exportQuizMarkdown,
  exportQuizMoodleXml,
  lintItems,
} from '@lectern/quiz';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fuzzRuns, lineText, narrativeFiles, narrativeSpec } from '../../src/property/arbitraries.js';

/** Runs per property (LECTERN_FUZZ_RUNS, default 100), split over `SHARDS` test files that vitest runs in parallel. */
export const RUNS = fuzzRuns(100);
export const SHARDS = 2;
// Note: 100 runs take ~5 s on a quiet machine; 60 s ran out at load 40–50 on 2 cores. The budget is ~60× the need.
export const TIMEOUT = Math.max(300_000, RUNS * 1_500);
const HEAVY_EVERY = 10;

/**
 * Model, Marp Markdown and every quiz exporter on each run; the slower HTML (Marp) and PPTX renders on every
 * `heavyEvery`-th valid narrative, so 10,000 runs still finish in minutes.
 */
async function throughPipeline(narrative: Narrative, heavy: boolean): Promise<void> {
  for (const cut of ['full', ...narrative.cuts.map((c) => c.id)]) {
    const deck = buildDeckModel(narrative, { cut });
    lintDeck(deck, narrative);
    const markdown = renderMarpMarkdown(deck);
    expect(markdown.startsWith('---\n')).toBe(true);
    if (!heavy) continue;
    const html = await renderDeckHtml(markdown, { title: deck.title, lang: narrative.language, embedFonts: false });
    expect(html).toContain('Content-Security-Policy');
    if (cut === 'full') expect((await exportPptx(deck)).byteLength).toBeGreaterThan(0);
  }
  const bank = buildItemBank(narrative);
  const quiz = assembleQuiz(bank, { count: 10, seed: 1 });
  lintItems(quiz.items);
  if (heavy) expect(Object.keys(exportQuizFiles(quiz)).length).toBeGreaterThanOrEqual(8);
  else
    for (const text of [
      exportQuizJson(quiz),
      exportQuizMarkdown(quiz),
      exportQuizGift(quiz),
      exportQuizMoodleXml(quiz),
    ])
      expect(text.length).toBeGreaterThan(0);
}

/**
 * The generated-narrative property, shard `shard` of `SHARDS`: any text in every field → the loader returns a
 * narrative or findings, and a narrative goes through deck and quiz without throwing.
 */
export async function pipelineProperty(shard: number): Promise<void> {
  const runs = Math.ceil(RUNS / SHARDS);
  let valid = 0;
  await fc.assert(
    fc.asyncProperty(narrativeSpec(lineText()), async (spec) => {
      const { narrative, findings } = parseNarrative(narrativeFiles(spec));
      expect(Array.isArray(findings)).toBe(true);
      if (!narrative) return;
      valid++;
      await throughPipeline(narrative, valid % (RUNS <= 100 ? 3 : HEAVY_EVERY) === 1);
    }),
    {
      numRuns: runs,
      ...(process.env.LECTERN_FUZZ_SEED ? { seed: Number(process.env.LECTERN_FUZZ_SEED) + shard } : {}),
    },
  );
  // Most generated narratives must be valid, or the pipeline half of the property proves little.
  expect(valid / runs).toBeGreaterThan(0.5);
}
