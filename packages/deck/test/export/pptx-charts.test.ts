import { describe, expect, it } from 'vitest';
import type { ChartData, DeckModel, Slide } from '../../src/model/deck-model.js';
import { exportPptx } from '../../src/export/pptx/export-pptx.js';
import { pptxParts, slideXml } from './pptx-parts.js';
import { SAMPLE_DECK } from './sample-deck.js';

function chartSlide(index: number, data: ChartData): Slide {
  return { index, layout: 'chart', title: `图${index}`, paragraphIds: [], notes: '', data };
}

const points = (texts: string[]) =>
  texts.map((text, i) => ({ label: `L${i}`, value: Number.parseFloat(text) * 1e8, text, factId: `f${i}` }));

const TWO_CHARTS: DeckModel = {
  ...SAMPLE_DECK,
  slides: [
    chartSlide(0, { chart: 'bar', metric: 'revenue', unit: 'USD', points: points(['513亿美元', '801亿美元']) }),
    chartSlide(1, { chart: 'donut', metric: 'share', unit: '%', points: points(['32%', '23%', '10%']) }),
  ],
};

describe('native charts', () => {
  it('writes a bar chart and a doughnut, numbered 1 and 2 whatever came before', async () => {
    await exportPptx(SAMPLE_DECK); // pptxgenjs counts charts across exports; the output must not
    const parts = pptxParts(await exportPptx(TWO_CHARTS));
    expect(parts['ppt/charts/chart1.xml']).toContain('<c:barChart>');
    expect(parts['ppt/charts/chart2.xml']).toContain('<c:doughnutChart>');
    expect(Object.keys(parts).filter((n) => n.startsWith('ppt/charts/chart'))).toEqual([
      'ppt/charts/chart1.xml',
      'ppt/charts/chart2.xml',
    ]);
    expect(parts['ppt/charts/_rels/chart2.xml.rels']).toContain('Microsoft_Excel_Worksheet2.xlsx');
    expect(parts['ppt/slides/_rels/slide2.xml.rels']).toContain('chart2.xml');
    expect(parts['[Content_Types].xml']).toContain('/ppt/charts/chart2.xml');
  });

  it('gives each doughnut slice a theme colour and plots the percentages as shown', async () => {
    const chart = pptxParts(await exportPptx(TWO_CHARTS))['ppt/charts/chart2.xml']!;
    expect(chart).toMatch(/<c:v>32<\/c:v>[\s\S]*<c:v>23<\/c:v>[\s\S]*<c:v>10<\/c:v>/);
    expect(chart).toContain('<a:srgbClr val="1F6FEB"');
    expect(chart).toContain('<a:srgbClr val="F59E0B"');
    expect(chart).toContain('<a:srgbClr val="10B981"');
  });

  it('keeps slide order', async () => {
    const slides = slideXml(pptxParts(await exportPptx(TWO_CHARTS)));
    expect(slides[0]).toContain('图0');
    expect(slides[1]).toContain('图1');
  });
});
