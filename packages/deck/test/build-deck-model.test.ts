import { describe, expect, it } from 'vitest';
import { buildDeckModel, type CheckpointQuestion, teachingSlide } from '../src/index.js';
import { section, smallNarrative } from './fixtures/small-narrative.js';

describe('buildDeckModel', () => {
  it('chooses layouts from the model', () => {
    const deck = buildDeckModel(smallNarrative());
    const layouts = deck.slides.map((s) => s.layout);
    expect(layouts[0]).toBe('title');
    expect(layouts[1]).toBe('agenda');
    expect(layouts.filter((l) => l === 'section')).toHaveLength(2);
    expect(layouts.slice(-2)).toEqual(['summary', 'sources']);
    expect(deck.slides.map((s) => s.index)).toEqual(deck.slides.map((_, i) => i));

    const charts = deck.slides.flatMap((s) => (s.layout === 'chart' ? [s.data] : []));
    // The AWS series over three periods is a line; market shares are a donut.
    expect(charts.map((c) => c.chart)).toEqual(['line', 'donut']);
    expect(charts[0]!.points.map((p) => p.label)).toEqual(['2021年', '2022年', '2023年一季度']);
    expect(charts[0]!.points.map((p) => p.text)).toEqual(['37%', '29.4%', '16%']);

    // Two like figures are a pair of KPI cards, not a two-row table.
    expect(deck.slides.some((s) => s.layout === 'comparison')).toBe(false);
    const pair = deck.slides.filter((s) => s.layout === 'big-number').map((s) => s.data.kpis.map((k) => k.fact.text));
    expect(pair).toContainEqual(['27%', '28%']);

    const big = deck.slides.find((s) => s.layout === 'big-number');
    // Years are never KPIs; the currency fact is formatted from the content.
    expect(big?.layout === 'big-number' && big.data.kpis.map((k) => k.fact.text)).toEqual(['4600亿美元']);

    const timeline = deck.slides.find((s) => s.layout === 'timeline');
    expect(timeline?.layout === 'timeline' && timeline.data.events.map((e) => e.dateText)).toEqual([
      '2008年',
      '2023年4月',
    ]);

    const quote = deck.slides.find((s) => s.layout === 'quote');
    expect(quote?.layout === 'quote' && quote.data.quotes.map((q) => q.attribution)).toEqual(['安迪·杰西']);

    const sources = deck.slides.find((s) => s.layout === 'sources');
    expect(sources?.layout === 'sources' && sources.data.changes[0]).toMatchObject({
      original: '*个',
      replacement: '第一个',
      sourceLine: 5,
    });
  });

  it('leaves the sources slide out when the source names nothing and no editorial change is recorded', () => {
    const bare = { ...smallNarrative(), editorialChanges: [] };
    bare.source = { file: 'source.txt' } as typeof bare.source;
    const layouts = buildDeckModel(bare).slides.map((s) => s.layout);
    expect(layouts.at(-1)).toBe('summary');
    expect(layouts).not.toContain('sources');
  });

  it('puts each paragraph in the notes of one slide, in full', () => {
    const narrative = smallNarrative();
    const deck = buildDeckModel(narrative);
    const claimed = deck.slides.filter((s) => s.layout !== 'checkpoint-question').flatMap((s) => s.paragraphIds);
    expect(new Set(claimed).size).toBe(claimed.length);
    for (const p of narrative.sections[0]!.paragraphs) {
      const owner = deck.slides.find((s) => s.paragraphIds.includes(p.id));
      expect(owner?.notes).toContain(p.text);
    }
  });

  it('places checkpoint question then answer after their section and finds the teaching slide', () => {
    const checkpoint: CheckpointQuestion = {
      itemId: 'q1',
      sectionId: 'cloud',
      stem: 'AWS 2022年增速是多少?',
      choices: ['16%', '29.4%', '37%'],
      answer: '29.4%',
      rationale: '原文说增速首次降至29.4%。',
      paragraphIds: ['cloud-p1'],
    };
    const deck = buildDeckModel(smallNarrative(), { checkpoints: [checkpoint] });
    const q = deck.slides.findIndex((s) => s.layout === 'checkpoint-question');
    expect(deck.slides[q + 1]?.layout).toBe('checkpoint-answer');
    expect(deck.slides[q + 2]?.layout).toBe('section');
    expect(deck.slides[q + 2]?.sectionId).toBe('share');
    const n = teachingSlide(deck, ['cloud-p1']);
    expect(n).toBeDefined();
    expect(deck.slides[n! - 1]!.paragraphIds).toContain('cloud-p1');
    expect(n! - 1).toBeLessThan(q);
    expect(teachingSlide(deck, ['nowhere'])).toBeUndefined();
  });

  it('condenses a cut to its maxSlides', () => {
    const narrative = smallNarrative();
    narrative.sections.push(section('c', 2), section('d', 3), section('e', 4));
    const deck = buildDeckModel(narrative, { cut: 'executive' });
    expect(deck.cut).toBe('executive');
    expect(deck.slides.length).toBeLessThanOrEqual(6);
    expect(deck.slides[0]!.layout).toBe('title');
    // By message: the thesis second, the conclusion (the last section's key points) last.
    expect(deck.slides[1]!.layout).toBe('summary');
    expect(deck.slides.at(-1)).toMatchObject({ layout: 'key-points', sectionId: 'e' });
  });

  it('drops checkpoints from a short cut as question-and-answer pairs', () => {
    const narrative = smallNarrative();
    narrative.sections.push(section('c', 2));
    const checkpoints: CheckpointQuestion[] = ['cloud', 'share', 'c'].map((sectionId, i) => ({
      itemId: `q${i}`,
      sectionId,
      stem: `问题${i}`,
      choices: ['甲', '乙'],
      answer: '甲',
      rationale: '因为。',
      paragraphIds: [`${sectionId}-p1`],
    }));
    // By message: title, thesis, 2 carriers, conclusion = 5; maxSlides 8 leaves room for one pair, not for a
    // lone question. The cut asks for up to three checkpoints (a cut shows none unless it asks).
    narrative.cuts[0] = { ...narrative.cuts[0]!, maxSlides: 8, checkpoints: 3 };
    const deck = buildDeckModel(narrative, { cut: 'executive', checkpoints });
    const layouts = deck.slides.map((s) => s.layout);
    expect(layouts.length).toBeLessThanOrEqual(8);
    // Exactly one pair fits: dropping every checkpoint, or keeping a lone question, fails here.
    expect(layouts.filter((l) => l === 'checkpoint-question')).toHaveLength(1);
    expect(layouts.filter((l) => l === 'checkpoint-answer')).toHaveLength(1);
    expect(layouts[layouts.indexOf('checkpoint-question') + 1]).toBe('checkpoint-answer');
    // The pair kept is the first section's; the later ones were dropped from the end.
    expect(deck.slides.find((s) => s.layout === 'checkpoint-question')?.data).toMatchObject({ itemId: 'q0' });
  });

  it('rejects an unknown cut with the valid ones', () => {
    expect(() => buildDeckModel(smallNarrative(), { cut: 'nope' })).toThrow(
      expect.objectContaining({
        code: 'deck/unknown-cut',
        message: expect.stringContaining('nope'),
        hint: expect.stringContaining('executive'),
      }),
    );
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildDeckModel(smallNarrative()))).toBe(JSON.stringify(buildDeckModel(smallNarrative())));
  });
});
