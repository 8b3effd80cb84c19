import { describe, expect, it } from 'vitest';
import { chineseNumbers, digitNumbers, textStatesValue } from './numbers-in-text.js';

describe('numbers in text', () => {
  it('reads digits with separators and full-width forms', () => {
    expect(digitNumbers('AWS推出了3,300多项新功能,增速29.4%')).toEqual([3300, 29.4]);
    expect(digitNumbers('营收１，５００万美元,增速２９．４％')).toEqual([1500, 29.4]);
  });

  it('reads small Chinese numerals', () => {
    expect(chineseNumbers('两倍')).toEqual([2]);
    expect(chineseNumbers('三千三百项')).toEqual([3300]);
    expect(chineseNumbers('十五年')).toEqual([15]);
  });

  it('says whether a value is stated', () => {
    expect(textStatesValue('增速降至29.4%', 29.4)).toBe(true);
    expect(textStatesValue('增速降至29%', 29.4)).toBe(false);
    expect(textStatesValue('亏损27亿美元', -27)).toBe(true);
    expect(textStatesValue('性能提升了两倍', 2)).toBe(true);
    expect(textStatesValue('覆盖了美国四分之一的家庭', 25)).toBe(true);
    expect(textStatesValue('覆盖了美国四分之一的家庭', 0.25)).toBe(true);
    expect(textStatesValue('覆盖了美国四分之一的家庭', 4)).toBe(true);
    expect(textStatesValue('三分之二', 50)).toBe(false);
  });
});
