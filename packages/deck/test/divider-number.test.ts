import { describe, expect, it } from 'vitest';
import { dividerNumber } from '../src/model/divider-number.js';
import { buildDeckModel, renderMarpMarkdown } from '../src/index.js';
import { section, smallNarrative } from './fixtures/small-narrative.js';

describe('the number on a section divider', () => {
  it('shows a lone Chinese numeral as an ordinal (一 alone reads as a dash), anything else as written', () => {
    expect(dividerNumber('一')).toBe('第一部分');
    expect(dividerNumber('十二')).toBe('第十二部分');
    expect(dividerNumber('01')).toBe('01');
    expect(dividerNumber('IV')).toBe('IV');
    expect(dividerNumber('第一章')).toBe('第一章');
  });

  it('renders it on the divider slide; the agenda keeps the number as written', () => {
    const n = smallNarrative();
    n.sections.push(section('yi', 2, { number: '一', title: '台积电稳居龙头' }));
    const deck = buildDeckModel(n);
    const divider = deck.slides.find((s) => s.layout === 'section' && s.sectionId === 'yi')!;
    expect(divider.layout === 'section' && divider.data.number).toBe('第一部分');
    expect(renderMarpMarkdown(deck)).toContain('# 第一部分');
  });
});
