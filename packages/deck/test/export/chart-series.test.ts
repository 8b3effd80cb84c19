import { describe, expect, it } from 'vitest';
import { chartSeries } from '../../src/export/pptx/chart-series.js';
import type { ChartData } from '../../src/model/deck-model.js';

const data = (texts: string[], values: number[]): ChartData => ({
  chart: 'bar',
  metric: 'm',
  unit: 'USD',
  points: texts.map((text, i) => ({
    label: `L${i}`,
    value: values[i]!,
    text,
    factId: `f${i}`,
    role: 'value' as const,
  })),
});

describe('chartSeries', () => {
  it('plots the numbers as the slide shows them when they share a unit', () => {
    expect(chartSeries(data(['622亿美元', '801亿美元'], [6.22e10, 8.01e10]))).toEqual({
      labels: ['L0', 'L1'],
      values: [622, 801],
      unit: '亿美元',
      formatCode: 'General"亿美元"',
    });
    expect(chartSeries(data(['29.4%', '12%'], [29.4, 12])).values).toEqual([29.4, 12]);
    expect(chartSeries(data(['$1,200 million', '$980 million'], [1.2e9, 9.8e8]))).toMatchObject({
      values: [1200, 980],
      unit: '$ million',
      formatCode: '"$"General" million"',
    });
  });

  it('keeps the shown numbers when a qualifier word precedes some of them', () => {
    expect(chartSeries(data(['超50亿美元', '近20亿美元', '30亿美元'], [5e9, 2e9, 3e9]))).toMatchObject({
      values: [50, 20, 30],
      unit: '亿美元',
    });
  });

  it('keeps the sign of a decrease written with a minus sign', () => {
    expect(chartSeries(data(['超过50亿美元', '−近20亿美元', '30亿美元'], [5e9, -2e9, 3e9]))).toMatchObject({
      values: [50, -20, 30],
      unit: '亿美元',
    });
    expect(chartSeries(data(['34%', '29%'], [34, 29])).formatCode).toBe('General"%"');
  });

  it('plots magnitudes when the shown units differ', () => {
    expect(chartSeries(data(['4600亿美元', '27000个'], [4.6e11, 27000]))).toMatchObject({
      values: [4.6e11, 27000],
      unit: 'USD',
      formatCode: '#,##0',
    });
    expect(chartSeries(data(['50', '60'], [50, 60])).unit).toBe('USD');
  });
});
