import { describe, expect, it } from 'vitest';
import { ItemSchema, QuizSchema } from '../src/index.js';
import { buildItemBank, assembleQuiz } from '../src/index.js';
import { smallNarrative } from './fixtures/small-narrative.js';

describe('item model', () => {
  it('accepts every item the bank builds, and the assembled quiz', () => {
    const bank = buildItemBank(smallNarrative());
    for (const item of bank.items) expect(ItemSchema.safeParse(item).success, item.id).toBe(true);
    expect(QuizSchema.safeParse(assembleQuiz(bank, { count: 10, seed: 1 })).success).toBe(true);
  });

  it('rejects an item without a source passage or with an unknown type', () => {
    const base = {
      id: 'x',
      origin: 'generated',
      language: 'zh-CN',
      stem: 's',
      rationale: 'r',
      difficulty: 'easy',
      level: 'remember',
    };
    expect(ItemSchema.safeParse({ ...base, type: 'true-false', answer: true }).success).toBe(false);
    const source = { sectionId: 's', paragraphIds: ['p'], factIds: [], passage: 'text' };
    expect(ItemSchema.safeParse({ ...base, source, type: 'true-false', answer: true }).success).toBe(true);
    expect(ItemSchema.safeParse({ ...base, source, type: 'essay' }).success).toBe(false);
  });
});
