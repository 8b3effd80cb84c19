import { describe, expect, it } from 'vitest';
import { buildDeckModel, renderDeckFiles, renderDeckHtml, renderMarpMarkdown } from '../src/index.js';
import { inlineChartSvgs } from '../src/html/inline-charts.js';
import { fact, section, smallNarrative } from './fixtures/small-narrative.js';

const dataImg = (svg: string): string =>
  `<p><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" alt="t" /></p>`;

describe('charts in deck.html', () => {
  it('inlines only SVG our chart generator wrote', { timeout: 600_000 }, async () => {
    const ours =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10" role="img"><title>t</title><text>亚马逊</text></svg>';
    expect(inlineChartSvgs(dataImg(ours))).toBe(`<p>${ours.replace('<svg ', '<svg class="lectern-chart" ')}</p>`);
    for (const hostile of [
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="alert(1)"></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><foreignObject><iframe/></foreignObject></svg>',
      '<div>not ours</div>',
    ]) {
      expect(inlineChartSvgs(dataImg(hostile))).toBe(dataImg(hostile));
    }
  });

  it('embeds the font slices the chart labels need, while deck.md keeps file references', {
    timeout: 600_000,
  }, async () => {
    const n = smallNarrative();
    // A label with characters that appear nowhere else in the deck.
    n.sections.push(
      section('rare', 2, {
        facts: ['甲', '乙', '丙'].map((c, i) =>
          fact('rare', {
            id: `r${i}`,
            value: 10 + i,
            kind: 'percent',
            subject: 'aws',
            metric: 'market-share-x',
            group: 'rare',
            label: `鑫淼${c}`,
            paragraph: 'rare-p1',
            statement: `第${i}项。`,
          }),
        ),
      }),
    );
    const deck = buildDeckModel(n);
    const files = await renderDeckFiles(deck);
    expect(files['deck.md']).toMatch(/!\[[^\]]*\]\(charts\/slide-\d{3}\.svg\)/);
    const html = files['deck.html']!;
    expect(html).toContain('鑫淼甲');
    // The 鑫 (U+946B) slice is embedded: some @font-face unicode-range covers it.
    const ranges = [...html.matchAll(/unicode-range:([^;]+);/g)].flatMap((m) => m[1]!.split(','));
    const covers = (cp: number) =>
      ranges.some((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
        return cp >= Number.parseInt(a!, 16) && cp <= Number.parseInt(b ?? a!, 16);
      });
    expect(covers(0x946b)).toBe(true);
    expect(await renderDeckHtml(renderMarpMarkdown(deck), { title: 't', embedFonts: false })).not.toContain(
      'data:image/svg+xml',
    );
  });
});
