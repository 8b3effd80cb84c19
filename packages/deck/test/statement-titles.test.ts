import { existsSync } from 'node:fs';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeckModel, renderMarpMarkdown } from '../src/index.js';
import { headline, mentionsFact } from '../src/model/statement-title.js';
import { TITLE_COLUMNS } from '../src/overflow/budgets.js';
import { overflows } from '../src/overflow/measure-slide.js';
import { textWidth } from '../src/overflow/text-width.js';
import { fullWidthPunctuation } from '../src/typography/cjk-punctuation.js';
import { englishNarrative } from './fixtures/english-narrative.js';
import { fact } from './fixtures/small-narrative.js';

const DIR = new URL('../../../content/amazon-aws-2023/', import.meta.url).pathname;
const POINT_LAYOUTS = new Set(['key-points', 'big-number', 'comparison', 'chart']);

describe('statement helpers', () => {
  it('finds a fact’s number as written, not inside another number', () => {
    const share = fact('s', { id: 'a', value: 34, kind: 'percent', subject: 'aws', metric: 'share', paragraph: 'p' });
    expect(mentionsFact('AWS以34%的份额领先', share)).toBe(true);
    expect(mentionsFact('增长134%', share)).toBe(false);
    expect(mentionsFact('3.4倍', share)).toBe(false);
    const growth = fact('s', { id: 'b', value: 29.4, kind: 'percent', subject: 'aws', metric: 'g', paragraph: 'p' });
    expect(mentionsFact('降至29.4%', growth)).toBe(true);
    expect(mentionsFact('降至29.45%', growth)).toBe(false);
    expect(headline('AWS grew 19%.')).toBe('AWS grew 19%');
    expect(headline('守住基本盘。')).toBe('守住基本盘');
  });
});

describe.skipIf(!existsSync(`${DIR}narrative.yaml`))('statement titles on the default deck', () => {
  let narrative: Narrative;
  beforeAll(async () => {
    narrative = (await loadNarrative(DIR)).narrative!;
  });

  it('titles each slide that makes a point with its point, the topic above it as the kicker', () => {
    const deck = buildDeckModel(narrative);
    const slides = deck.slides.filter((s) => POINT_LAYOUTS.has(s.layout) && s.continuation === undefined);
    const stated = slides.filter((s) => s.kicker !== undefined);
    // Most point slides of the seed state their point; the others are full slides a second heading line would
    // overflow, which keep their one-line topic (fit-statement.ts).
    expect(stated.length).toBeGreaterThanOrEqual(Math.ceil(slides.length * 0.7));
    for (const slide of slides.filter((s) => s.kicker === undefined)) expect(overflows(slide)).toBe(false);
    for (const slide of stated) {
      const section = narrative.sections.find((s) => s.id === slide.sectionId)!;
      const sources = [section.summary, ...section.keyPoints, ...section.facts.map((f) => f.statement)].map((t) =>
        fullWidthPunctuation(headline(t)),
      );
      expect(sources).toContain(slide.title);
      expect(textWidth(slide.title)).toBeLessThanOrEqual(2 * TITLE_COLUMNS);
      expect(slide.kicker!.startsWith(section.title) || slide.kicker === section.title).toBe(true);
    }
    // No two slides of a section say the same thing.
    const keys = stated.map((s) => `${s.sectionId}\u0000${s.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('titles the market-share chart with the key point that writes its shares', () => {
    const deck = buildDeckModel(narrative);
    const share = deck.slides.find((s) => s.layout === 'chart' && s.data.chart === 'donut')!;
    expect(share.title).toMatch(/34%.*21%.*11%/);
    expect(share.kicker).toBeDefined();
  });

  it('writes the kicker as Marp’s header directive, quoted and escaped', () => {
    const md = renderMarpMarkdown(buildDeckModel(narrative));
    const headers = [...md.matchAll(/<!-- _header: ("(?:[^"\\]|\\.)*") -->/g)].map((m) => JSON.parse(m[1]!) as string);
    expect(headers.length).toBeGreaterThan(10);
    expect(headers.every((h) => !h.includes('>'))).toBe(true);
  });
});

describe('statement titles in English', () => {
  it('states the comparison with the key point that writes its figures', () => {
    const deck = buildDeckModel(englishNarrative());
    // Two like figures: a pair of KPI cards.
    const comparison = deck.slides.find((s) => s.layout === 'big-number' && s.kicker === 'Cloud growth: Growth')!;
    expect(comparison.title).toBe('AWS grew 19% in the quarter');
    expect(comparison.kicker).toBe('Cloud growth: Growth');
    const points = deck.slides.find((s) => s.layout === 'key-points')!;
    expect(points.title).toBe('AWS grew 19% while rivals grew faster');
    expect(points.kicker).toBe('Cloud growth');
  });
});
