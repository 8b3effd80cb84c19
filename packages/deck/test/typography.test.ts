import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../src/typography/cjk-punctuation.js';
import { normaliseDisplayText, type PresentationNormalisation } from '../src/typography/display-text.js';
import { joinUnbreakable, WORD_JOINER } from '../src/typography/line-joins.js';
import { draft } from '../src/model/draft.js';

const J = WORD_JOINER;

describe('full-width punctuation in Chinese display text', () => {
  it.each([
    ['凡战者,以正合,以奇胜', '凡战者，以正合，以奇胜'],
    ['结论: 短期承压', '结论：短期承压'],
    ['营收增长; 利润下滑', '营收增长；利润下滑'],
    ['这不是最糟的!', '这不是最糟的！'],
    ['谁会赢?', '谁会赢？'],
    ['他称这是"最艰难"的一年', '他称这是“最艰难”的一年'],
    ["所谓'飞轮'效应", '所谓‘飞轮’效应'],
    ['AWS, 亚马逊的云', 'AWS，亚马逊的云'],
  ])('%s → %s', (from, to) => {
    expect(fullWidthPunctuation(from)).toBe(to);
  });

  it.each([
    ['营收1,500亿美元'],
    ['会议10:30开始'],
    ['Amazon, Inc. 与 Microsoft'],
    ["AWS's revenue"],
    ['He said "hello"'],
    ['已经是全角：，；'],
  ])('keeps %s', (text) => {
    expect(fullWidthPunctuation(text)).toBe(text);
  });

  it('records each change, leaves notes and the sources slide alone, and only for Chinese', () => {
    const log: PresentationNormalisation[] = [];
    const slide = draft('key-points', '对比:增速', { points: ['凡战者,以正合', 'AWS 16%'] }, { notes: '备注,不变' });
    const out = normaliseDisplayText(slide, 'zh-CN', log);
    expect(out.title).toBe('对比：增速');
    expect(out.layout === 'key-points' && out.data.points).toEqual(['凡战者，以正合', 'AWS 16%']);
    expect(out.notes).toBe('备注,不变');
    expect(log).toEqual([
      { rule: 'deck/full-width-punctuation', slide: '对比：增速', field: 'title', from: '对比:增速', to: '对比：增速' },
      {
        rule: 'deck/full-width-punctuation',
        slide: '对比：增速',
        field: 'data.points.0',
        from: '凡战者,以正合',
        to: '凡战者，以正合',
      },
    ]);
    expect(slide.title).toBe('对比:增速');
    const sources = draft('sources', '来源', {
      source: {},
      changes: [{ kind: 'restore', original: '不是最*的!', replacement: '不是最糟的!', note: '' }],
    });
    expect(normaliseDisplayText(sources, 'zh-CN', [])).toBe(sources);
    expect(normaliseDisplayText(slide, 'en', [])).toBe(slide);
  });
});

describe('where a Chinese line must not break', () => {
  it('keeps a transliterated name together around the middle dot', () => {
    expect(joinUnbreakable('安迪·杰西表示')).toBe(`安迪${J}·${J}杰西表示`);
    expect(joinUnbreakable('来源 · 作者')).toBe('来源 · 作者');
  });

  it('keeps a number with its unit', () => {
    expect(joinUnbreakable('贡献超50亿美元利润')).toBe(`贡献超5${J}0${J}亿${J}美${J}元利润`);
    expect(joinUnbreakable('增速29.4%')).toBe(`增速2${J}9${J}.${J}4${J}%`);
    expect(joinUnbreakable('2023年第1季度')).toBe(`2${J}0${J}2${J}3${J}年第1${J}季${J}度`);
  });

  it('keeps the words of a short title whole, but not of a long one', () => {
    expect(joinUnbreakable('亚马逊如何开辟战场', true)).toBe(`亚${J}马${J}逊如${J}何开${J}辟战${J}场`);
    const long = '这是一个很长很长的标题，它超过了短标题的长度上限，因此只保留姓名与数字单位的连接规则';
    expect(joinUnbreakable(long, true)).toBe(long);
    expect(joinUnbreakable('亚马逊如何开辟战场')).toBe('亚马逊如何开辟战场');
  });
});

describe('a Latin-first font stack for Latin-script decks', () => {
  it('sets the Latin stack on sections whose lang is not CJK, and on their charts', async () => {
    const { themeCss } = await import('../src/index.js');
    const css = themeCss('lectern')!;
    const rule = css.match(/section:not\(:lang\(zh\)\):not\(:lang\(ja\)\):not\(:lang\(ko\)\) \{\s*--lc-font: ([^;]+);/);
    expect(rule?.[1]?.startsWith('"Noto Sans", "Helvetica Neue", "Arial"')).toBe(true);
    expect(css).toMatch(/section \{\s*--lc-bg[^}]*--lc-font: "Noto Sans SC"/);
    const { slideChartSvg } = await import('../src/render/slide-markdown.js');
    const chart = draft('chart', 'Growth', {
      chart: 'bar',
      metric: 'growth',
      unit: '%',
      points: [{ label: 'AWS', value: 16, text: '16%' }],
    });
    const slide = { ...chart, index: 0 } as Parameters<typeof slideChartSvg>[0];
    expect(slideChartSvg(slide, { language: 'en', theme: 'lectern' })).toContain(
      'font-family="&quot;Noto Sans&quot;, ',
    );
    expect(slideChartSvg(slide, { language: 'zh-CN', theme: 'lectern' })).toContain(
      'font-family="&quot;Noto Sans SC&quot;, ',
    );
  });
});
