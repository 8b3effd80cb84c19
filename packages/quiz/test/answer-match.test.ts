import { describe, expect, it } from 'vitest';
import { acceptsShortAnswer, matchesPattern, normalizeAnswer } from '../src/index.js';

describe('short answers', () => {
  it('normalise width, case, punctuation and spaces', () => {
    expect(normalizeAnswer('“数字化支出减少。”')).toBe(normalizeAnswer('数字化支出减少'));
    expect(normalizeAnswer('ＡＷＳ  云')).toBe(normalizeAnswer('aws云'));
    expect(normalizeAnswer('  Cloud   Spend! ')).toBe('cloud spend');
  });

  const item = { answers: ['客户数字化支出下滑', '数字化支出减少'], patterns: ['*数字化*支出*下降*'] };
  it('accept listed alternatives and safe patterns, and nothing else', () => {
    expect(acceptsShortAnswer(item, '客户数字化支出下滑。')).toBe(true);
    expect(acceptsShortAnswer(item, ' 数字化支出减少 ')).toBe(true);
    expect(acceptsShortAnswer(item, '企业的数字化IT支出明显下降了')).toBe(true);
    expect(acceptsShortAnswer(item, '数字化支出增加')).toBe(false);
    expect(acceptsShortAnswer(item, '')).toBe(false);
    expect(matchesPattern('*cloud*spend*', 'Customers cut cloud spend.')).toBe(true);
  });
});
