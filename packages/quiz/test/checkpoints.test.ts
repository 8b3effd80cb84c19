import { describe, expect, it } from 'vitest';
import { buildItemBank, toCheckpoints } from '../src/index.js';
import { smallNarrative } from './fixtures/small-narrative.js';

describe('toCheckpoints', () => {
  it('gives one question per section, preferring an authored single-choice item', () => {
    const bank = buildItemBank(smallNarrative());
    const [checkpoint, ...rest] = toCheckpoints(bank.items);
    expect(rest).toEqual([]);
    expect(checkpoint).toMatchObject({ itemId: 'a-cause', sectionId: 'cloud', answer: '客户数字化支出下滑', paragraphIds: ['p2'] });
    expect([...(checkpoint?.choices ?? [])].sort()).toEqual(['主要客户转投阿里云', '客户数字化支出下滑', '数据中心遭遇停电', '芯片供应全面中断'].sort());
  });

  it('falls back to a generated item', () => {
    const bank = buildItemBank(smallNarrative());
    const [checkpoint] = toCheckpoints(bank.items.filter((i) => i.origin === 'generated'));
    expect(checkpoint?.itemId).toMatch(/^gen-numeric-choice-/);
    expect(checkpoint?.choices).toContain(checkpoint?.answer);
  });
});
