import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../src/typography/cjk-punctuation.js';
import { buildDeckModel, lineCount, lintDeck, overflows, textWidth } from '../src/index.js';
import { section, smallNarrative } from './fixtures/small-narrative.js';

describe('text width', () => {
  it('counts CJK and full-width characters as 2, Latin as 1', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('亚马逊')).toBe(6);
    expect(textWidth('ＡＢ，。')).toBe(8);
    expect(textWidth('AWS增速29.4%')).toBe(3 + 4 + 5);
    expect(textWidth('é')).toBe(1);
    expect(textWidth('👍🏽')).toBe(2);
  });

  it('wraps by columns', () => {
    expect(lineCount('亚'.repeat(40), 80)).toBe(1);
    expect(lineCount('亚'.repeat(41), 80)).toBe(2);
    expect(lineCount('a'.repeat(161), 80)).toBe(3);
  });
});

describe('overflow', () => {
  it('splits dense key points into continuation slides without losing any', () => {
    const n = smallNarrative();
    const cjk = '亚马逊云业务增速放缓,微软和谷歌凭借人工智能继续高速增长,行业整体承压。'.repeat(2);
    const latin = 'AWS growth slowed while Azure and Google Cloud kept growing on the strength of AI. '.repeat(2);
    const points = Array.from({ length: 12 }, (_, i) => (i % 2 ? cjk : latin) + i);
    n.sections.push(section('dense', 2, { keyPoints: points }));
    const deck = buildDeckModel(n);
    const parts = deck.slides.filter((s) => s.sectionId === 'dense' && s.layout === 'key-points');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.title).toBe('Section dense');
    expect(parts[1]!.title).toBe('Section dense（续）');
    expect(parts.map((p) => p.continuation)).toEqual(parts.map((_, i) => ({ part: i + 1, of: parts.length })));
    // Shown with full-width punctuation in the Chinese deck (a presentation normalisation), none lost.
    expect(parts.flatMap((p) => (p.layout === 'key-points' ? p.data.points : []))).toEqual(
      points.map(fullWidthPunctuation),
    );
    for (const p of parts) expect(overflows(p)).toBe(false);
    expect(lintDeck(deck, n).filter((f) => f.rule === 'deck/overflow')).toEqual([]);
  });

  it('reports a single point longer than a slide with its slide number and location', () => {
    const n = smallNarrative();
    n.sections.push(section('huge', 2, { keyPoints: ['短', '极长的要点'.repeat(200)] }));
    const deck = buildDeckModel(n);
    const findings = lintDeck(deck, n).filter((f) => f.rule === 'deck/overflow');
    expect(findings).toHaveLength(1);
    const slide = deck.slides.find(
      (s) =>
        s.layout === 'key-points' &&
        s.sectionId === 'huge' &&
        s.data.points.length === 1 &&
        s.data.points[0]!.length > 100,
    );
    expect(findings[0]!.message).toContain(`Slide ${slide!.index + 1} `);
    expect(findings[0]!.loc?.file).toBe('sections/huge.md');
  });

  it('flags empty sections and a cut over its limit', () => {
    const n = smallNarrative();
    n.sections.push(section('empty', 2, { paragraphs: [] }));
    const deck = buildDeckModel(n);
    expect(lintDeck(deck, n).map((f) => f.rule)).toContain('deck/empty-section');
    const exec = buildDeckModel(n, { cut: 'executive' });
    const tooMany = { ...exec, slides: [...exec.slides, ...exec.slides] };
    expect(lintDeck(tooMany, n).map((f) => f.rule)).toContain('deck/too-many-slides');
  });

  it("gives each page of a split agenda and summary the notes of that page's entries", () => {
    const n = smallNarrative();
    for (let i = 2; i < 40; i++) n.sections.push(section(`s${i}`, i));
    const deck = buildDeckModel(n);
    for (const layout of ['agenda', 'summary'] as const) {
      const pages = deck.slides.filter((s) => s.layout === layout);
      expect(pages.length).toBeGreaterThan(1);
      const entries = pages.map((p) =>
        p.layout === 'agenda'
          ? p.data.items.map((i) => `${i.number} ${i.title}: ${i.summary}`)
          : p.layout === 'summary'
            ? p.data.points
            : [],
      );
      expect(pages.map((p) => p.notes)).toEqual(entries.map((e) => e.join('\n\n')));
      // Together the pages' notes still hold every section once.
      expect(entries.flat()).toHaveLength(n.sections.length);
    }
  });
});
