import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRequest, runCourse } from '@lectern/course';
import { type Fact, loadNarrative, type Narrative } from '@lectern/narrative';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '../src/commands/import.js';
import { ioFor, tempProject } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../../packages/import/test/corpus/', import.meta.url));
const ARTICLES = ['en-cloud-quarter.md', 'zh-ecommerce-q3.txt', 'en-retail-turnaround.txt'];

type Slide = ReturnType<typeof runCourse>['decks'][number]['deck']['slides'][number];

/** Each corpus article as `lectern import` drafts it, untouched, and its full deck. */
const decks = new Map<string, { narrative: Narrative; slides: Slide[] }>();
let cleanup: (() => void) | undefined;
beforeAll(async () => {
  const p = tempProject();
  cleanup = p.cleanup;
  for (const file of ARTICLES) {
    const id = file.replace(/\.\w+$/, '');
    expect(await importArticle({ file: path.join(CORPUS, file), id }, ioFor(p.dir))).toBe(0);
    const { narrative } = await loadNarrative(path.join(p.dir, 'content', id));
    const run = runCourse(narrative!, buildRequest({ cuts: ['full'], formats: ['md'] }));
    decks.set(id, { narrative: narrative!, slides: run.decks[0]!.deck.slides });
  }
}, 300_000);
afterAll(() => cleanup?.());

const factsOf = (narrative: Narrative): Map<string, Fact> =>
  new Map(narrative.sections.flatMap((s) => s.facts.map((f) => [f.id, f] as const)));
const headline = (s: string) => s.trim().replace(/[。．.]+$/u, '');

describe('statement titles on imported articles', () => {
  it('stand alone: no title opens on a pronoun; the imported "Its operating margin…" names AWS', () => {
    for (const { slides } of decks.values())
      for (const s of slides) expect(s.title).not.toMatch(/^(?:It|Its|They|Their)\b|^(?:其(?![中实次他余它])|它)/);
    // The key point "Its operating margin widened to 38.1%, compared with 30.3% in Q3 2023", named, takes three
    // heading lines in the bold face: the pair of margins says its move, naming AWS.
    const margin = decks.get('en-cloud-quarter')!.slides.find((s) => /operating margin/.test(s.title))!;
    expect(margin.title).toBe('Amazon Web Services operating margin rose from 30.3% to 38.1%');
  });

  it('says a point, not a table row: the drafted summaries and key points come from prose first', () => {
    const { narrative, slides } = decks.get('en-cloud-quarter')!;
    // The article's table row `Google Cloud | $11.4 billion | 35%` is read as "Google Cloud: Q3 2024 revenue …; Growth 35%".
    const row = /^[^:]+: .+; /;
    for (const s of narrative.sections) expect(s.summary).not.toMatch(row);
    for (const s of slides) expect(s.title).not.toMatch(row);
  });

  it('titles a chart with what it shows as a whole, never with one bar’s statement', () => {
    let charts = 0;
    for (const { narrative, slides } of decks.values()) {
      const facts = factsOf(narrative);
      for (const s of slides.filter((x): x is Extract<Slide, { layout: 'chart' }> => x.layout === 'chart')) {
        charts += 1;
        const own = s.data.points.flatMap((p) => (p.factId ? [facts.get(p.factId)!] : []));
        for (const f of own) expect(s.title).not.toBe(headline(f.statement));
      }
    }
    expect(charts).toBeGreaterThan(0);
    const growth = decks.get('zh-ecommerce-q3')!.slides.find((s) => s.layout === 'chart' && /增速/.test(s.title));
    expect(growth?.title).toBe('营收增速：拼多多最高，为94%');
  });

  it('pairs only like figures: two KPI cards share measure, unit and metric, stated together', () => {
    let pairs = 0;
    for (const { narrative, slides } of decks.values()) {
      const facts = factsOf(narrative);
      for (const s of slides) {
        if (s.layout !== 'big-number' || s.data.kpis.length !== 2) continue;
        pairs += 1;
        const [a, b] = s.data.kpis.map((k) => facts.get(k.fact.factId)!) as [Fact, Fact];
        expect([b.kind, b.unit, b.metric, b.paragraph]).toEqual([a.kind, a.unit, a.metric, a.paragraph]);
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('keeps an agenda of short items on one slide, the summaries in its notes', () => {
    for (const { narrative, slides } of decks.values()) {
      const agenda = slides.filter((s) => s.layout === 'agenda');
      expect(agenda).toHaveLength(1);
      expect(agenda[0]!.data.items).toHaveLength(narrative.sections.length);
      for (const section of narrative.sections) expect(agenda[0]!.notes).toContain(section.summary);
    }
  });
});
