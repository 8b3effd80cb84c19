import { describe, expect, it } from 'vitest';
import { toFactValue } from '../src/model/fact-value.js';
import { englishNarrative } from './fixtures/english-narrative.js';
import { fact } from './fixtures/small-narrative.js';

describe('a fact’s label on a chart or table', () => {
  const loss = (period: string, label?: string) =>
    fact('cloud', {
      id: `loss-${period}`,
      value: 138,
      kind: 'currency',
      subject: 'aws',
      metric: 'net-loss',
      period,
      paragraph: 'cloud-p1',
      ...(label === undefined ? {} : { label }),
    });

  it('reads a period-code label (as `lectern import` writes a time series) as the period', () => {
    const en = englishNarrative();
    expect(toFactValue(en, loss('2023-Q4', '2023-Q4')).label).toBe('Q4 2023');
    expect(toFactValue({ ...en, language: 'zh-CN' }, loss('2023-Q4', '2023-Q4')).label).toBe('2023年第4季度');
  });

  it('keeps any other label as written, and falls back to the subject’s name', () => {
    const en = englishNarrative();
    expect(toFactValue(en, loss('2023-Q4', 'Fourth quarter')).label).toBe('Fourth quarter');
    expect(toFactValue(en, loss('2023-Q4')).label).toBe('AWS');
  });
});
