import { describe, expect, it } from 'vitest';
import { detectLanguage, findFigures, splitSentences } from '../src/index.js';

describe('splitSentences', () => {
  it('survives vs., Dec., U.S., initials and decimals', () => {
    const text =
      'Revenue rose 12.5% vs. 9% a year earlier. The U.S. unit opened on Dec. 5 under J. Smith. Margins held.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Revenue rose 12.5% vs. 9% a year earlier.',
      'The U.S. unit opened on Dec. 5 under J. Smith.',
      'Margins held.',
    ]);
  });
  it('splits Chinese at 。！？； and keeps closing quotes', () => {
    expect(splitSentences('他说：“增长放缓了。”营收为29.4亿元！是吗？').map((s) => s.text)).toEqual([
      '他说：“增长放缓了。”',
      '营收为29.4亿元！',
      '是吗？',
    ]);
  });
});

describe('findFigures', () => {
  it('reads Chinese amounts with scale, qualifier, unit, negatives and Traditional scale characters', () => {
    const { figures, years } = findFigures(
      '2021年这一数字超过4600亿美元，增速降至29.4%，近20亿美元，30多亿美元，高达5个百分点，亏损为-5.6亿元，營收新台幣6735.1億元，三千三百个。',
      true,
    );
    expect(figures.map((f) => [f.evidence, f.value, f.scale ?? '', f.unit, f.kind, f.qualifier])).toEqual([
      ['超过4600亿美元', 4600, '亿', '美元', 'currency', 'over'],
      ['29.4%', 29.4, '', '%', 'percent', 'exact'],
      ['近20亿美元', 20, '亿', '美元', 'currency', 'approx'],
      ['30多亿美元', 30, '亿', '美元', 'currency', 'over'],
      ['高达5个百分点', 5, '', '个百分点', 'percentage-points', 'up-to'],
      ['-5.6亿元', -5.6, '亿', '元', 'currency', 'exact'],
      ['6735.1億元', 6735.1, '亿', '元', 'currency', 'exact'],
      ['三千三百个', 3300, '', '个', 'count', 'exact'],
    ]);
    expect(years.map((y) => y.value)).toEqual([2021]);
  });
  it('reads English amounts and leaves years, quarters and dates out', () => {
    const { figures, years } = findFigures(
      'Revenue was more than $5 billion in 2020, up 12%, margin fell 3.5 percentage points to -2.1% in Q1 2024 and FY2025; it cut 1,200 jobs on Dec. 5.',
      false,
    );
    expect(figures.map((f) => [f.evidence, f.value, f.scale ?? '', f.unit, f.kind, f.qualifier])).toEqual([
      ['more than $5 billion', 5, 'billion', 'USD', 'currency', 'over'],
      ['12%', 12, '', '%', 'percent', 'exact'],
      ['3.5 percentage points', 3.5, '', 'percentage points', 'percentage-points', 'exact'],
      ['-2.1%', -2.1, '', '%', 'percent', 'exact'],
      ['1,200 jobs', 1200, '', 'jobs', 'count', 'exact'],
    ]);
    expect(years.map((y) => y.value)).toContain(2020);
  });

  it('reads a bare count whose thing counted leads its verb, and the base it is compared with', () => {
    const { figures } = findFigures(
      'Customer complaints about estimated bills had risen to 6,200 in 2022, up from 3,900 in 2019. Billing complaints dropped to about 1,100. Prices rose to 5 and the score was 3 of 4.',
      false,
    );
    expect(figures.map((f) => [f.evidence, f.value, f.unit, f.kind, f.qualifier])).toEqual([
      ['6,200', 6200, 'complaints', 'count', 'exact'],
      ['3,900', 3900, 'complaints', 'count', 'exact'],
      ['about 1,100', 1100, 'complaints', 'count', 'approx'],
    ]);
  });
});

describe('detectLanguage', () => {
  it('tells Simplified, Traditional and English apart', () => {
    expect(detectLanguage('台积电第二季营收为新台币6735亿元，毛利率为53.2%。')).toBe('zh-CN');
    expect(detectLanguage('台積電第二季營收為新台幣6735億元，毛利率為53.2%。')).toBe('zh-TW');
    expect(detectLanguage('TSMC reported second-quarter revenue of NT$673.5 billion.')).toBe('en');
  });
});

describe('findFigures: Chinese forms the recognizer reads only in part', () => {
  it('reads a bare 千 before 亿 and a fraction restated as a share (marked for review)', () => {
    const { figures } = findFigures(
      'AWS已经是年入千亿美元的业务，Echo如今覆盖了美国四分之一的家庭，三分之二的用户。',
      true,
    );
    expect(figures.map((f) => [f.evidence, f.value, f.scale ?? '', f.unit, f.kind, f.doubt ?? ''])).toEqual([
      ['千亿美元', 1000, '亿', '美元', 'currency', ''],
      ['四分之一', 25, '', '%', 'percent', 'fraction'],
      ['三分之二', 66.7, '', '%', 'percent', 'fraction'],
    ]);
  });
  it('leaves 千万 (an adverb as often as a number) alone', () => {
    expect(findFigures('千万不要忽视成本。', true).figures).toEqual([]);
  });
});
