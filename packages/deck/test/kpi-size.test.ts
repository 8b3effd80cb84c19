import { describe, expect, it } from 'vitest';
import { type DeckModel, exportPptx, renderMarpMarkdown, type Slide, themeCss } from '../src/index.js';
import { KPI_VALUE_SIZES, kpiCardWidth, kpiLayout, kpiValueSize, valueEms } from '../src/overflow/kpi-size.js';
import { pptxParts, slideXml } from './export/pptx-parts.js';
import { SAMPLE_DECK } from './export/sample-deck.js';

const FOUR = ['38.4亿美元', '超过3300个', '约1000亿美元', '1600 Gbps'];

function kpiSlide(values: string[]): Slide {
  const kpis = values.map((text, i) => ({
    fact: {
      factId: `f${i}`,
      value: 1,
      magnitude: 1,
      unit: '',
      kind: 'count',
      qualifier: 'exact',
      text,
      label: `l${i}`,
      statement: 's',
    },
    caption: `说明${i}`,
  }));
  return { index: 0, layout: 'big-number', title: '关键数字', paragraphIds: [], notes: '', data: { kpis } };
}

describe('KPI values', () => {
  it('picks one size per slide at which the widest value fits its card on one line', () => {
    for (let n = 1; n <= 4; n++) {
      const values = FOUR.slice(0, n);
      const size = kpiValueSize(values);
      expect(KPI_VALUE_SIZES).toContain(size);
      for (const v of values) expect(valueEms(v) * size).toBeLessThanOrEqual(kpiCardWidth(n));
    }
    // More cards, smaller values; a short lone value gets the largest size.
    expect(kpiValueSize(FOUR)).toBeLessThan(kpiValueSize(FOUR.slice(0, 2)));
    expect(kpiValueSize(['9%'])).toBe(96);
    expect(kpiValueSize(['9%', '9%', '9%', '9%'])).toBeLessThanOrEqual(48);
  });

  it('tags the slide with its value size, and both themes never wrap a value', () => {
    const deck: DeckModel = {
      narrativeId: 'k',
      language: 'zh-CN',
      title: 'k',
      cut: 'full',
      theme: 'lectern',
      slides: [kpiSlide(FOUR)],
    };
    const md = renderMarpMarkdown(deck);
    // Four long values would be small side by side: two rows of two, values sized for the wider cards.
    const layout = kpiLayout(FOUR);
    expect(layout.perRow).toBe(2);
    expect(layout.size).toBeGreaterThan(kpiValueSize(FOUR));
    for (const v of FOUR) expect(valueEms(v) * layout.size).toBeLessThanOrEqual(kpiCardWidth(2));
    expect(md).toContain(`<!-- _class: big-number kpis-4 kv-${layout.size} kpi-grid -->`);
    expect(kpiLayout(['9%', '9%', '9%', '9%']).perRow).toBe(4);
    for (const theme of ['lectern', 'lectern-dark']) {
      const css = themeCss(theme)!;
      expect(css).toMatch(/section\.big-number li strong \{[^}]*white-space: nowrap/);
      expect(css).toContain('section.big-number.kpi-grid ul { flex-wrap: wrap;');
      for (const size of KPI_VALUE_SIZES)
        expect(css).toContain(`section.big-number.kv-${size} li strong { font-size: ${size}px; }`);
    }
  });

  it('sizes PPTX values from their width, without wrapping', async () => {
    const slides = [kpiSlide(FOUR), kpiSlide(['9%'])].map((s, index) => ({ ...s, index }));
    const parts = pptxParts(await exportPptx({ ...SAMPLE_DECK, slides }));
    const [four, one] = slideXml(parts);
    const sizeOf = (xml: string, text: string): number => {
      const at = xml.indexOf(`<a:t>${text}</a:t>`);
      const run = xml.lastIndexOf('sz="', at);
      return Number(xml.slice(run + 4, xml.indexOf('"', run + 4))) / 100;
    };
    expect(sizeOf(four!, '约1000亿美元')).toBeLessThan(sizeOf(one!, '9%'));
    expect(four).toContain('wrap="none"');
  });
});
