import { existsSync } from 'node:fs';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeckModel, renderMarpMarkdown } from '../src/index.js';
import { standAlone } from '../src/model/stand-alone.js';
import { headClause, headline, mentionsFact } from '../src/model/statement-title.js';
import { TITLE_COLUMNS } from '../src/overflow/budgets.js';
import { overflows } from '../src/overflow/measure-slide.js';
import { linesIn } from '../src/overflow/text-measure.js';
import { fullWidthPunctuation } from '../src/typography/cjk-punctuation.js';
import { englishNarrative } from './fixtures/english-narrative.js';
import { fact } from './fixtures/small-narrative.js';

const DIR = new URL('../../../content/amazon-aws-2023/', import.meta.url).pathname;
const POINT_LAYOUTS = new Set(['key-points', 'big-number', 'comparison', 'chart']);

describe('statement helpers', () => {
  it('reads a number as the kind of figure the words around it say', () => {
    const growth = fact('s', {
      id: 'g',
      value: 20,
      kind: 'percent',
      subject: 'x',
      metric: 'revenue-growth',
      paragraph: 'p',
    });
    expect(mentionsFact('revenue of $24.1 billion, up 20%', growth)).toBe(true);
    expect(mentionsFact('Capital expenditures reached $20 billion in the quarter', growth)).toBe(false);
    const times = fact('s', {
      id: 't',
      value: 4,
      kind: 'multiple',
      unit: '倍',
      subject: 'x',
      metric: 'gain',
      paragraph: 'p',
    });
    expect(mentionsFact('2023年4月13日，亚马逊加入生成式AI竞赛', times)).toBe(false);
    expect(mentionsFact('吞吐量提高了4倍', times)).toBe(true);
  });

  it('makes a title stand alone: an opening pronoun becomes the subject’s name, or the sentence is passed over', () => {
    expect(standAlone('Its operating margin widened to 38.1%', 'Amazon Web Services', 'en')).toBe(
      "Amazon Web Services' operating margin widened to 38.1%",
    );
    expect(standAlone('It grew 19%', 'AWS', 'en')).toBe('AWS grew 19%');
    expect(standAlone('Its margin widened', undefined, 'en')).toBeUndefined();
    expect(standAlone('This marks the biggest shake-up', 'Northwind', 'en')).toBeUndefined();
    expect(standAlone('其营收增长9%', '阿里巴巴', 'zh-CN')).toBe('阿里巴巴的营收增长9%');
    expect(standAlone('其中，AWS占34%', 'AWS', 'zh-CN')).toBe('其中，AWS占34%');
    expect(standAlone('該公司營收增長9%', '阿里巴巴', 'zh-TW')).toBe('阿里巴巴營收增長9%');
    expect(standAlone('這是最大的一次調整', '阿里巴巴', 'zh-TW')).toBeUndefined();
  });

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
    expect(headClause('AWS以自研芯片提升性价比：Graviton2提升40%。')).toBe('AWS以自研芯片提升性价比');
    expect(headClause('New instances: Trn1n doubles bandwidth.')).toBe('New instances');
    expect(headClause('AWS grew 19% in the quarter.')).toBeUndefined();
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
    // Most point slides of the seed state their point (12 of 17). The others: full slides a second heading line would
    // overflow (fit-statement.ts), and panels of unlike figures that no key point covers as a whole.
    expect(stated.length).toBeGreaterThanOrEqual(Math.ceil(slides.length * 0.7));
    for (const slide of slides.filter((s) => s.kicker === undefined)) expect(overflows(slide)).toBe(false);
    for (const slide of stated) {
      const section = narrative.sections.find((s) => s.id === slide.sectionId)!;
      // Faithful: every number the title writes is written in the section.
      const text = [section.summary, ...section.keyPoints, ...section.paragraphs.map((p) => p.text)].join(' ');
      for (const n of slide.title.match(/\d+(?:\.\d+)?/g) ?? []) expect(text).toContain(n);
      // Two heading lines at most, as Chromium wraps them in the embedded bold face.
      expect(linesIn('zh-CN')(slide.title, TITLE_COLUMNS, { bold: true, title: true })).toBeLessThanOrEqual(2);
      expect(slide.kicker!.startsWith(section.title) || slide.kicker === section.title).toBe(true);
      // A chart never takes one bar's statement; a pair of cards is titled by a sentence writing both figures.
      const statements = section.facts.map((f) => fullWidthPunctuation(headline(f.statement)));
      if (slide.layout === 'chart') expect(statements).not.toContain(slide.title);
      if (slide.layout === 'big-number' && slide.data.kpis.length === 2) {
        const facts = slide.data.kpis.map((k) => section.facts.find((f) => f.id === k.fact.factId)!);
        for (const f of facts) expect(mentionsFact(slide.title, f), `${slide.title} / ${f.id}`).toBe(true);
      }
    }
    // No two slides of a section say the same thing.
    const keys = stated.map((s) => `${s.sectionId}\u0000${s.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('states the layoffs chart as a whole (its measure and the company that leads it), not Salesforce’s bar', () => {
    const deck = buildDeckModel(narrative);
    const layoffs = deck.slides.find((s) => s.layout === 'chart' && s.data.points.some((p) => p.label === 'Twilio'))!;
    expect(layoffs.title).toBe('裁员比例：Twilio最高，为17%');
    // Two like figures of one subject in two years: the pair says the move.
    const revenue = deck.slides.find((s) => s.layout === 'big-number' && s.data.kpis.length === 2)!;
    expect(revenue.title).toBe('亚马逊营收从1500万美元升至超过4600亿美元');
  });

  it('shows two unlike figures apart: Inf2’s throughput gain and latency cut get a slide each', () => {
    const deck = buildDeckModel(narrative);
    const inf2 = deck.slides.filter(
      (s) => s.layout === 'big-number' && s.data.kpis.some((k) => k.fact.factId.startsWith('inf2')),
    );
    expect(inf2.map((s) => (s.layout === 'big-number' ? s.data.kpis.length : 0))).toEqual([1, 1]);
  });

  it('titles a panel of unlike figures by the claim of the key point that covers it, never one that leaves one out', () => {
    const deck = buildDeckModel(narrative);
    const chips = deck.slides.find(
      (s) => s.layout === 'big-number' && s.data.kpis.some((k) => k.fact.factId === 'graviton3-performance'),
    )!;
    // The point writes three of the four gains; Graviton3's is stated in the paragraph Graviton2's comes from.
    expect(chips.title).toBe('AWS以自研芯片提升性价比');
    // The AI panel's Echo household share comes from a paragraph the instance point does not sum up.
    const ai = deck.slides.find(
      (s) => s.layout === 'big-number' && s.data.kpis.some((k) => k.fact.factId === 'echo-us-households'),
    )!;
    expect(ai.kicker).toBeUndefined();
  });

  it('states a bridge by its total and the parts that make it', () => {
    const deck = buildDeckModel(narrative);
    const bridge = deck.slides.find((s) => s.layout === 'chart' && s.data.chart === 'waterfall')!;
    expect(bridge.title).toBe('集团盈利超过30亿美元：AWS利润超50亿美元，减去其他业务窟窿近20亿美元');
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
    expect(headers.length).toBeGreaterThanOrEqual(10);
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
