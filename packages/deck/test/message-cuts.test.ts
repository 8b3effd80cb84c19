import { loadNarrative } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { buildDeckModel, type Slide } from '../src/index.js';

const SEED = new URL('../../../content/amazon-aws-2023/', import.meta.url).pathname;

/** The figures a slide shows, as the deck writes them (chart points, comparison rows, KPI cards). */
function shownFacts(slide: Slide): string[] {
  if (slide.layout === 'chart') return slide.data.points.flatMap((p) => (p.factId === undefined ? [] : [p.factId]));
  if (slide.layout === 'big-number') return slide.data.kpis.map((k) => k.fact.factId);
  if (slide.layout === 'comparison') return slide.data.rows.map((r) => r.fact.factId);
  return [];
}

describe('cuts chosen by message (the seed)', async () => {
  const { narrative } = await loadNarrative(SEED);
  const statements = new Map(narrative!.sections.flatMap((s) => s.facts.map((f) => [f.id, f.statement] as const)));
  const checkpoint = {
    itemId: 'q1',
    sectionId: 'cloud-fall',
    stem: '?',
    choices: ['a', 'b'],
    answer: 'a',
    rationale: 'r',
    paragraphIds: [],
  };

  it('executive: title, thesis, the 16/27/28% growth comparison, market share, the AI bets, conclusion', () => {
    const deck = buildDeckModel(narrative!, { cut: 'executive', checkpoints: [checkpoint] });
    expect(deck.slides.map((s) => s.layout)).toEqual([
      'title',
      'summary',
      'chart',
      'chart',
      'key-points',
      'key-points',
    ]);
    const [, thesis, growth, share, bets, end] = deck.slides as [Slide, Slide, Slide, Slide, Slide, Slide];
    expect(thesis.title).toBe('核心观点');
    expect(thesis.layout === 'summary' && thesis.data.points[0]).toContain('Bedrock');
    expect(shownFacts(growth)).toEqual(['aws-growth-2023q1', 'azure-growth-2023q1', 'google-cloud-growth-2023q1']);
    expect(growth.layout === 'chart' && growth.data.points.map((p) => p.value)).toEqual([16, 27, 28]);
    expect(shownFacts(share)).toContain('aws-market-share-2022q3');
    const points = bets.layout === 'key-points' ? bets.data.points.join('\n') : '';
    for (const name of ['Bedrock', 'Titan', 'Trainium', 'Trn1n']) expect(points).toContain(name);
    expect(bets.sectionId).toBe('ai-second-front');
    expect(end.sectionId).toBe('conclusion');
    expect(deck.slides.length).toBeLessThanOrEqual(narrative!.cuts[0]!.maxSlides!);
  });

  it('captions every chart with its own facts’ statements, in every cut', () => {
    for (const cut of ['full', ...narrative!.cuts.map((c) => c.id)]) {
      for (const slide of buildDeckModel(narrative!, { cut }).slides) {
        if (slide.layout !== 'chart' && slide.layout !== 'comparison') continue;
        const caption = slide.data.caption;
        if (caption === undefined) continue;
        const own = shownFacts(slide).map((id) => statements.get(id)!);
        // The caption is made of the shown facts' statements only: removing them leaves no words.
        const left = own.reduce((text, s) => text.split(s).join(''), caption).replace(/[\s\u200b\u2060]/g, '');
        expect(left, `${cut}: ${slide.title}`).toBe('');
      }
    }
  });

  it('ai-strategy: its thesis, market share, the chip figures and a Bedrock/Titan slide; no checkpoint or editorial slide', () => {
    const deck = buildDeckModel(narrative!, { cut: 'ai-strategy', checkpoints: [checkpoint] });
    const layouts = deck.slides.map((s) => s.layout);
    expect(layouts).not.toContain('checkpoint-question');
    expect(layouts).not.toContain('sources');
    expect(deck.slides.some((s) => s.layout === 'key-points' && /Bedrock/.test(s.data.points.join('')))).toBe(true);
    expect(deck.slides.flatMap(shownFacts)).toEqual(
      expect.arrayContaining(['aws-market-share-2022q3', 'graviton2-price-performance', 'trainium-cost']),
    );
    expect(deck.slides.length).toBeLessThanOrEqual(8);
  });

  it('shows checkpoints only when the cut asks for them, and drops them first to fit the budget', () => {
    const base = narrative!.cuts[0]!;
    const asking = { ...narrative!, cuts: [{ ...base, checkpoints: 1, maxSlides: 8 }] };
    const layouts = buildDeckModel(asking, { cut: 'executive', checkpoints: [checkpoint] }).slides.map((s) => s.layout);
    expect(layouts.filter((l) => l.startsWith('checkpoint'))).toEqual(['checkpoint-question', 'checkpoint-answer']);
    const tight = { ...narrative!, cuts: [{ ...base, checkpoints: 1, maxSlides: 6 }] };
    const fitted = buildDeckModel(tight, { cut: 'executive', checkpoints: [checkpoint] }).slides;
    expect(fitted.map((s) => s.layout)).not.toContain('checkpoint-question');
    expect(fitted).toHaveLength(6);
  });

  it('names the cut and the fact when a carry entry points outside the cut', () => {
    const base = narrative!.cuts[1]!;
    const wrong = { ...narrative!, cuts: [{ ...base, carry: [{ fact: 'aws-growth-2023q1' }] }] };
    expect(() => buildDeckModel(wrong, { cut: 'ai-strategy' })).toThrow(/ai-strategy.*aws-growth-2023q1/);
  });
});
