import { describe, expect, it } from 'vitest';
import { formatMeasure, formatValue, textTable, verdict } from './format.js';

describe('formatValue', () => {
  it('rounds by unit', () => {
    expect(formatValue({ value: 0.4321, unit: '×' })).toBe('0.43×');
    expect(formatValue({ value: 1234.6, unit: 'ms' })).toBe('1235 ms');
    expect(formatValue({ value: 12_345, unit: 'ms' })).toBe('12.3 s');
    expect(formatValue({ value: 211.7, unit: 'MB' })).toBe('212 MB');
    expect(formatValue({ value: 8.25, unit: '/s' })).toBe('8.3/s');
  });
});

describe('verdict', () => {
  it('says met only within the target', () => {
    const target = { max: 0.5, text: '≤ 0.5×' };
    expect(verdict({ label: 'r', value: 0.5, unit: '×', target })).toBe('met');
    expect(verdict({ label: 'r', value: 0.51, unit: '×', target })).toBe('NOT met');
    expect(verdict({ label: 'r', value: 9, unit: '×' })).toBe('');
  });

  it('reads a rate target as a floor', () => {
    const target = { min: 100, text: '100%' };
    expect(verdict({ label: 'hits', value: 100, unit: '%', target })).toBe('met');
    expect(verdict({ label: 'hits', value: 99.5, unit: '%', target })).toBe('NOT met');
    expect(formatValue({ value: 99.54, unit: '%' })).toBe('99.5%');
  });
});

describe('textTable', () => {
  it('aligns columns, counting CJK characters as two columns', () => {
    expect(
      textTable([
        ['构建', 'x'],
        ['ab', 'y'],
      ]),
    ).toBe('构建  x\nab    y');
  });
});

describe('formatMeasure', () => {
  it('shows the digits that make a missed target visible', () => {
    const target = { max: 11, text: '≤ 11×' };
    expect(formatMeasure({ label: 'g', value: 11.004, unit: '×', target })).toBe('11.004×');
    expect(formatMeasure({ label: 'g', value: 10.5, unit: '×', target })).toBe('10.50×');
    expect(formatMeasure({ label: 'g', value: 12.3, unit: '×', target })).toBe('12.30×');
  });
});
