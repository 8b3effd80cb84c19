import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { type ChartData, renderChartSvg } from '../src/index.js';

const points = [
  { label: '<b>AWS</b> & "co"', value: 32, text: '32%', factId: 'a' },
  { label: 'Azure', value: 23, text: '23%', factId: 'b' },
  { label: '谷歌云', value: 10, text: '10%', factId: 'c' },
];

describe('charts', () => {
  for (const chart of ['bar', 'line', 'donut'] as const) {
    it(`renders a ${chart} chart as valid SVG with escaped labels`, () => {
      const data: ChartData = { chart, metric: 'market-share', unit: '%', points };
      const svg = renderChartSvg(data, { title: 'T <script>', language: 'zh-CN' });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('&lt;b&gt;AWS&lt;/b&gt; &amp; &quot;co&quot;');
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<b>');
      for (const p of points) expect(svg).toContain(p.text);
      expect(svg).toBe(renderChartSvg(data, { title: 'T <script>', language: 'zh-CN' }));
    });
  }

  it('draws the unnamed rest of a whole grey, as the spec gives it', () => {
    const rest = { label: '其他', value: 35, text: '35%', role: 'remainder' as const };
    const svg = renderChartSvg(
      { chart: 'donut', metric: 'm', unit: '%', points: [...points, rest] },
      { title: 't', language: 'zh-CN' },
    );
    expect(svg).toContain('>其他  35%<');
    expect(svg).toContain('fill="#d9e2ec"');
  });

  it('puts the shared period above the plot', () => {
    const svg = renderChartSvg(
      { chart: 'bar', metric: 'm', unit: '%', points, subtitle: '2022年第3季度' },
      { title: 't', language: 'zh-CN' },
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('>2022年第3季度<');
    expect(svg.match(/<title>/g)).toHaveLength(1);
  });
});
