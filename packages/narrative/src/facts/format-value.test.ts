import { describe, expect, it } from 'vitest';
import { formatFactValue } from './format-value.js';
import { factMagnitude } from './magnitude.js';

describe('factMagnitude', () => {
  it('multiplies the written value by its scale', () => {
    expect(factMagnitude({ value: 4600, scale: '亿' })).toBe(460_000_000_000);
    expect(factMagnitude({ value: 1500, scale: '万' })).toBe(15_000_000);
    expect(factMagnitude({ value: 29.4, scale: '亿' })).toBe(2_940_000_000);
    expect(factMagnitude({ value: 3.3, scale: 'thousand' })).toBe(3300);
    expect(factMagnitude({ value: 29.4 })).toBe(29.4);
  });
});

describe('formatFactValue', () => {
  it('writes Chinese figures as the text does', () => {
    expect(formatFactValue({ value: 1500, scale: '万', unit: '美元' })).toBe('1500万美元');
    expect(formatFactValue({ value: 4600, scale: '亿', unit: '美元' }, 'zh-CN')).toBe('4600亿美元');
    expect(formatFactValue({ value: 29.4, unit: '%' })).toBe('29.4%');
    expect(formatFactValue({ value: 27000, unit: '个' })).toBe('27000个');
    expect(formatFactValue({ value: 4, unit: '倍' })).toBe('4倍');
    expect(formatFactValue({ value: 1600, unit: 'Gbps' })).toBe('1600 Gbps');
    expect(formatFactValue({ value: 50, scale: '亿', unit: 'USD' })).toBe('50亿美元');
  });

  it('puts the qualifier word first, preferring the word the evidence uses', () => {
    expect(formatFactValue({ value: 50, scale: '亿', unit: '美元', qualifier: 'over' })).toBe('超过50亿美元');
    expect(formatFactValue({ value: 17, unit: '%', qualifier: 'under' })).toBe('不足17%');
    expect(formatFactValue({ value: 40, unit: '%', qualifier: 'under', evidence: '占据了近40%的市场' })).toBe('近40%');
    expect(formatFactValue({ value: 5, unit: '个百分点', qualifier: 'up-to' })).toBe('高达5个百分点');
    expect(formatFactValue({ value: 100, unit: '个', qualifier: 'at-least' })).toBe('至少100个');
    expect(formatFactValue({ value: 3, unit: '倍', qualifier: 'approx' })).toBe('约3倍');
  });

  it('writes US dollars the English way only in English', () => {
    expect(formatFactValue({ value: 1500, scale: '万', unit: '美元' }, 'en')).toBe('$15 million');
    expect(formatFactValue({ value: 4600, scale: '亿', unit: '美元', qualifier: 'over' }, 'en')).toBe(
      'more than $460 billion',
    );
    expect(formatFactValue({ value: 38.4, scale: '亿', unit: 'USD' }, 'en-US')).toBe('$3.84 billion');
    expect(formatFactValue({ value: 29.4, unit: '%' }, 'en')).toBe('29.4%');
    expect(formatFactValue({ value: 3300, unit: '项', qualifier: 'over' }, 'en')).toBe('more than 3,300');
    expect(formatFactValue({ value: 1600, unit: 'Gbps' }, 'en')).toBe('1,600 Gbps');
    expect(formatFactValue({ value: 2008, unit: '年', kind: 'year' }, 'en')).toBe('2008');
    expect(formatFactValue({ value: 40, unit: '%', qualifier: 'under', evidence: '近40%' }, 'en')).toBe('nearly 40%');
  });
});
