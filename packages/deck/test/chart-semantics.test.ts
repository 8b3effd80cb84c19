import { existsSync } from 'node:fs';
import { type Fact, loadNarrative } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { buildDeckModel, renderChartSvg, type Slide } from '../src/index.js';
import { chartSeries } from '../src/export/pptx/chart-series.js';
import { isDecrease } from '../src/model/chart-semantics.js';

const DIR = new URL('../../../content/amazon-aws-2023/', import.meta.url).pathname;
const present = existsSync(`${DIR}narrative.yaml`);

type ChartSlide = Extract<Slide, { layout: 'chart' }>;

// The seed's charts as fixtures: each rule of chart-semantics.ts on the figures that broke it (issue #14).
describe.skipIf(!present)('chart semantics on the seed', async () => {
  const { narrative } = present ? await loadNarrative(DIR) : { narrative: undefined };
  const deck = present ? buildDeckModel(narrative!) : { slides: [] as Slide[] };
  const charts = deck.slides.filter((s): s is ChartSlide => s.layout === 'chart');
  const withFact = (id: string) => charts.find((c) => c.data.points.some((p) => p.factId === id));

  it('draws the profit bridge (50 − 20 ≈ 30) as a waterfall with the loss below zero', () => {
    const bridge = withFact('amazon-other-loss-2023q1')!;
    expect(bridge.data.chart).toBe('waterfall');
    expect(bridge.data.points.map((p) => [p.role, p.value / 1e8])).toEqual([
      ['increase', 50],
      ['decrease', -20],
      ['total', 30],
    ]);
    expect(bridge.data.points[1]!.text.startsWith('−')).toBe(true);
    expect(chartSeries(bridge.data).values).toEqual([50, -20, 30]);
    expect(bridge.data.subtitle).toBe('2023年第1季度');
  });

  it('never puts the four unlike chip claims on one axis', () => {
    expect(withFact('trainium-cost')).toBeUndefined();
    const card = deck.slides.find(
      (s) => s.layout === 'big-number' && s.data.kpis.some((k) => k.fact.factId === 'trainium-cost'),
    );
    expect(
      card?.layout === 'big-number' && card.data.kpis.find((k) => k.fact.factId === 'trainium-cost')!.fact.text,
    ).toBe('−70%');
  });

  it('includes the unnamed rest in the market-share donut, in the SVG and the PPTX series alike', () => {
    const donut = withFact('aws-market-share-2022q3')!;
    expect(donut.data.chart).toBe('donut');
    const rest = donut.data.points.at(-1)!;
    expect(rest.role).toBe('remainder');
    expect(rest.factId).toBeUndefined();
    expect(donut.data.points.reduce((a, p) => a + p.value, 0)).toBeCloseTo(100, 6);
    const series = chartSeries(donut.data);
    expect(series.values.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
    expect(series.formatCode).toBe('General"%"');
    expect(renderChartSvg(donut.data, { title: donut.title, language: 'zh-CN' })).toContain(rest.label);
  });

  it('highlights the story subject (AWS) against its peers, with the period as subtitle', () => {
    const growth = withFact('aws-growth-2023q1')!;
    expect(growth.data.chart).toBe('bar');
    const roles = Object.fromEntries(growth.data.points.map((p) => [p.label, p.role]));
    expect(roles.AWS).toBe('subject');
    expect(Object.values(roles).filter((r) => r === 'peer').length).toBe(growth.data.points.length - 1);
    expect(growth.data.subtitle).toBe('2023年第1季度');
  });

  it('draws a time series as a line without a subtitle (its periods are the axis)', () => {
    for (const c of charts.filter((c) => c.data.chart === 'line')) expect(c.data.subtitle).toBeUndefined();
  });
});

describe('the sign of a "less" figure', () => {
  const fact = (metric: string, kind: Fact['kind']): Fact =>
    ({ id: 'f', statement: 's', value: 10, unit: 'u', kind, metric, paragraph: 'p' }) as Fact;

  it('signs a fall or a cut of any kind that has a sign', () => {
    expect(isDecrease(fact('cost-reduction', 'percent'))).toBe(true);
    expect(isDecrease(fact('users-decline', 'percent'))).toBe(true);
    expect(isDecrease(fact('jobs-cut', 'count'))).toBe(true);
  });

  it('signs money lost, not a share or count that merely mentions a loss', () => {
    expect(isDecrease(fact('net-loss', 'currency'))).toBe(true);
    expect(isDecrease(fact('other-business-loss', 'currency'))).toBe(true);
    // "Lakeport lost about 23% of the water it treated", "bring losses down to 12%": levels, not −23% / −12%.
    expect(isDecrease(fact('net-loss', 'percent'))).toBe(false);
    // 14 loss-making companies, 4 quarters of falling margins: counts and durations, named by their last word.
    expect(isDecrease(fact('loss-making-companies', 'count'))).toBe(false);
    expect(isDecrease(fact('margin-decline-quarters', 'duration'))).toBe(false);
  });

  it('never signs a multiple: 10× lower latency is not −10×', () => {
    expect(isDecrease(fact('latency-reduction', 'multiple'))).toBe(false);
  });
});
