import { describe, expect, it } from 'vitest';
import { buildDeckModel, lintDeck, listThemes, overflows, renderMarpMarkdown } from '../src/index.js';
import { themeScale } from '../src/overflow/theme-scale.js';
import { section, smallNarrative } from './fixtures/small-narrative.js';

describe('budgets per theme', () => {
  it("scales lectern's budgets by each theme's text box: the larger a theme's type, the less a slide holds", () => {
    expect(themeScale('lectern')).toMatchObject({ width: 1, title: 1, height: 1, headingLine: 1.6 });
    expect(themeScale('lectern-dark')).toEqual(themeScale('lectern'));
    const gaia = themeScale('gaia');
    const uncover = themeScale('uncover');
    // gaia sets 35px text, uncover 40px with 3px letter spacing: fewer columns and fewer lines than lectern's 28px.
    expect(gaia.width).toBeLessThan(0.8);
    expect(uncover.width).toBeLessThan(gaia.width);
    expect(gaia.height).toBeLessThan(0.8);
    expect(uncover.height).toBeLessThan(gaia.height);
  });

  it('splits the same key points into more slides in uncover than in lectern, each page fitting its theme', () => {
    const n = smallNarrative();
    const points = Array.from(
      { length: 7 },
      (_, i) => `亚马逊云业务增速放缓，微软和谷歌凭借人工智能继续高速增长，行业整体承压${i}。`,
    );
    n.sections.push(section('dense', 2, { keyPoints: points }));
    const pages = (theme: string) =>
      buildDeckModel(n, { theme }).slides.filter((s) => s.sectionId === 'dense' && s.layout === 'key-points');
    expect(pages('lectern')).toHaveLength(1);
    expect(pages('uncover').length).toBeGreaterThan(1);
    for (const theme of listThemes()) for (const page of pages(theme)) expect(overflows(page, theme)).toBe(false);
  });

  it('reports overflow for the theme it was built in (`lectern check --theme T`)', () => {
    const n = smallNarrative();
    // One key point as long as a lectern slide holds: it cannot be split, and a larger theme cannot show it.
    n.sections.push(
      section('long', 2, { keyPoints: ['亚马逊云业务增速放缓，微软和谷歌凭借人工智能继续高速增长。'.repeat(9)] }),
    );
    const findings = (theme: string) =>
      lintDeck(buildDeckModel(n, { theme }), n).filter((f) => f.rule === 'deck/overflow');
    expect(findings('lectern')).toEqual([]);
    // The key-points slide and the summary that repeats the point.
    const uncover = findings('uncover');
    expect(uncover.length).toBeGreaterThan(0);
    for (const f of uncover) expect(f.message).toContain('in the uncover theme');
    expect(uncover.map((f) => f.loc?.file)).toContain('sections/long.md');
  });

  it("gives a Marp built-in theme our layouts' rules in the deck's style directive, and our themes none", () => {
    const n = smallNarrative();
    const gaia = renderMarpMarkdown(buildDeckModel(n, { theme: 'gaia' }));
    expect(gaia).toMatch(/^style: \|\n {2}\S/m);
    expect(gaia).toContain('  section.chart svg.lectern-chart {');
    expect(renderMarpMarkdown(buildDeckModel(n, { theme: 'lectern' }))).not.toMatch(/^style:/m);
  });
});
