import { describe, expect, it } from 'vitest';
import {
  forLanguage,
  formatFactValue,
  inScript,
  isTraditional,
  scriptPattern,
  toSimplified,
  toTraditional,
} from '../src/index.js';

// OpenCC builds its tries on first use: about a second of CPU, more on a loaded machine.
const BUDGET = { timeout: 120_000 };

describe('Chinese script', () => {
  it('reads Traditional from a Hant subtag or a Taiwan, Hong Kong or Macao region', () => {
    for (const tag of ['zh-TW', 'zh_tw', 'zh-Hant', 'zh-Hant-TW', 'ZH-HK', 'zh-MO', 'zh-Hant-CN'])
      expect(isTraditional(tag), tag).toBe(true);
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-TW', 'zh-SG', 'en', 'en-TW', 'zha-TW'])
      expect(isTraditional(tag), tag).toBe(false);
  });

  it(
    'converts Lectern-written Simplified text for Traditional tags only, with the region’s usual words (软件 → 軟體 in Taiwan, 軟件 in Hong Kong)',
    BUDGET,
    () => {
      expect(inScript('zh-CN', '检查点：答案')).toBe('检查点：答案');
      expect(inScript('zh-TW', '检查点：答案')).toBe('檢查點：答案');
      expect(inScript('zh-TW', '第 5 张幻灯片讲到')).toBe('第 5 張幻燈片講到');
      expect(inScript('zh-TW', '软件')).toBe('軟體');
      expect(toSimplified('營收年增40.1%')).toBe('营收年增40.1%');
      expect(toTraditional('软件', 'hk')).toBe('軟件');
    },
  );

  it('gives a Traditional tag the Chinese table converted: strings, lists, functions of numbers', BUDGET, () => {
    const zh = {
      answer: '答案',
      stems: ['根据文章，下面哪个说法正确？'],
      slide: (n: number) => `第 ${n} 张幻灯片`,
      possessive: (name: string) => `${name}的`,
    };
    const table = { zh, en: { ...zh, answer: 'Answer' } };
    const tw = forLanguage('zh-TW', table);
    expect(tw.answer).toBe('答案');
    expect(tw.stems).toEqual(['根據文章，下面哪個說法正確？']);
    expect(tw.slide(3)).toBe('第 3 張幻燈片');
    // Text passed in is content in its author's script: 干 (as in 干擾) is not turned into 幹.
    expect(tw.possessive('干擾')).toBe('干擾的');
    expect(forLanguage('zh-TW', table)).toBe(tw);
    expect(forLanguage('zh-CN', table)).toBe(zh);
    expect(forLanguage('en', table).answer).toBe('Answer');
  });

  it('makes a Simplified pattern match Traditional text for Traditional tags', BUDGET, () => {
    const re = /^(?:由于|因为)(.+?)[，,](?:所以|因此)?(.+)$/u;
    expect(scriptPattern('zh-CN', re)).toBe(re);
    const tw = scriptPattern('zh-TW', re);
    expect(tw.exec('由於成熟製程價格競爭激烈，聯電毛利率下滑')?.[1]).toBe('成熟製程價格競爭激烈');
    expect(tw.test('因为需求强劲，所以产能吃紧')).toBe(true);
    expect(scriptPattern('zh-TW', /[万亿]元/u).test('6735.1億元')).toBe(true);
    expect(scriptPattern('zh-TW', /\d+亿/u).source).toBe('\\d+[亿億]');
  });

  it('writes a fact’s scale, unit and qualifier in the narrative’s script', BUDGET, () => {
    const fact = { value: 6735.1, scale: '亿' as const, unit: '元', evidence: '營收超過新台幣6735.1億元' };
    expect(formatFactValue({ ...fact, qualifier: 'over' }, 'zh-TW')).toBe('超過6735.1億元');
    expect(formatFactValue({ ...fact, qualifier: 'over', evidence: '营收超过6735.1亿元' }, 'zh-CN')).toBe(
      '超过6735.1亿元',
    );
    expect(formatFactValue({ value: 0.1, unit: '個百分點' }, 'zh-TW')).toBe('0.1個百分點');
  });
});
