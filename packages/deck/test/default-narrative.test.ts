import { existsSync } from 'node:fs';
import { loadNarrative } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { buildDeckModel, lintDeck, renderDeckHtml, renderMarpMarkdown } from '../src/index.js';

const DIR = new URL('../../../content/amazon-aws-2023/', import.meta.url).pathname;
const present = existsSync(`${DIR}narrative.yaml`);
if (!present) console.warn(`skipping default-narrative tests: ${DIR} is not there yet`);

describe.skipIf(!present)('the default narrative (content/amazon-aws-2023)', async () => {
  const { narrative, findings } = present ? await loadNarrative(DIR) : { narrative: undefined, findings: [] };

  it('loads', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(narrative).toBeDefined();
  });

  it('builds a full deck with charts, KPIs and every section, and no overflow', { timeout: 600_000 }, () => {
    const deck = buildDeckModel(narrative!);
    const layouts = new Set(deck.slides.map((s) => s.layout));
    for (const l of [
      'title',
      'agenda',
      'section',
      'key-points',
      'big-number',
      'chart',
      'quote',
      'timeline',
      'summary',
      'sources',
    ]) {
      expect(layouts).toContain(l);
    }
    expect(new Set(deck.slides.map((s) => s.sectionId).filter(Boolean))).toEqual(
      new Set(narrative!.sections.map((s) => s.id)),
    );
    expect(lintDeck(deck, narrative!)).toEqual([]);
  });

  it('records its full-width punctuation as presentation normalisations, the notes as written', () => {
    const deck = buildDeckModel(narrative!);
    const normalisations = deck.normalisations ?? [];
    expect(normalisations.length).toBeGreaterThan(0);
    for (const n of normalisations) {
      expect(n.to).not.toBe(n.from);
      expect(n.to.replace(/[，：；！？“”‘’]/g, '')).toBe(
        n.from.replace(/[,:;!?"' ]/g, '').replace(/[，：；！？“”‘’]/g, ''),
      );
    }
    expect(deck.slides.some((s) => s.notes.includes('踩了急刹车,零售业务'))).toBe(true);
  });

  it('keeps every cut within its maxSlides', () => {
    for (const cut of narrative!.cuts) {
      const deck = buildDeckModel(narrative!, { cut: cut.id });
      if (cut.maxSlides !== undefined) expect(deck.slides.length).toBeLessThanOrEqual(cut.maxSlides);
      expect(lintDeck(deck, narrative!).filter((f) => f.severity === 'error')).toEqual([]);
    }
    const exec = narrative!.cuts.find((c) => c.id === 'executive');
    if (exec) expect(buildDeckModel(narrative!, { cut: 'executive' }).slides.length).toBeLessThanOrEqual(10);
  });

  it('renders one section per slide', { timeout: 600_000 }, async () => {
    const deck = buildDeckModel(narrative!);
    const html = await renderDeckHtml(renderMarpMarkdown(deck), { title: deck.title, embedFonts: false });
    const body = html.slice(html.indexOf('<div id="deck">'), html.indexOf('<aside id="presenter"'));
    expect(body.match(/<section\b/g)).toHaveLength(deck.slides.length);
  });
});
