import { describe, expect, it } from 'vitest';
import { assembleQuiz, buildItemBank, findGiveaways, type Item, lintItems } from '../src/index.js';
import { smallNarrative } from './fixtures/small-narrative.js';

const bank = buildItemBank(smallNarrative());

describe('buildItemBank', () => {
  it('holds the authored item first, with its location, and items from every generator', () => {
    expect(bank.items[0]).toMatchObject({ id: 'a-cause', origin: 'authored', loc: { line: 30 } });
    const generators = new Set(bank.items.map((i) => i.generator).filter(Boolean));
    expect([...generators].sort()).toEqual(
      expect.arrayContaining([
        'cloze',
        'compare',
        'key-point',
        'matching',
        'numeric-choice',
        'numeric-entry',
        'ordering',
        'trend',
        'true-false',
      ]),
    );
    expect(bank.findings).toEqual([]);
  });
});

describe('assembleQuiz', () => {
  it('gives the same quiz for the same seed', () => {
    expect(assembleQuiz(bank, { count: 8, seed: 11 })).toEqual(assembleQuiz(bank, { count: 8, seed: 11 }));
  });

  it('gives another order for another seed', () => {
    const order = (seed: number) => JSON.stringify(assembleQuiz(bank, { count: 8, seed }).items.map((i) => i.id));
    const orders = new Set([1, 2, 3, 4, 5].map(order));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never holds two items that give one another away', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const quiz = assembleQuiz(bank, { count: 30, seed });
      expect(findGiveaways(quiz.items)).toEqual([]);
      expect(lintItems(quiz.items)).toEqual([]);
    }
  });

  it('keeps to the requested types and sections', () => {
    const quiz = assembleQuiz(bank, { count: 5, seed: 3, types: ['true-false'] });
    expect(quiz.items.every((i) => i.type === 'true-false')).toBe(true);
    expect(assembleQuiz(bank, { count: 5, seed: 3, sections: ['nope'] }).items).toEqual([]);
  });

  it('leaves authored items out when asked', () => {
    const quiz = assembleQuiz(bank, { count: 50, seed: 3, includeAuthored: false });
    expect(quiz.items.some((i) => i.origin === 'authored')).toBe(false);
  });

  it('follows the difficulty mix when the bank allows', () => {
    const quiz = assembleQuiz(bank, { count: 4, seed: 9, includeAuthored: false, difficulty: { hard: 1 } });
    expect(quiz.items.map((i) => i.difficulty)).toEqual(['hard', 'hard', 'hard', 'hard']);
  });

  it('spreads the keys of single-choice items evenly over the positions', () => {
    const singles: Item[] = Array.from({ length: 12 }, (_, n) => ({
      ...(bank.items.find((i) => i.generator === 'numeric-choice') as Item),
      id: `s${n}`,
      stem: `Question ${n}?`,
      rationale: `Because ${n}.`,
      options: ['a', 'b', 'c', 'd'].map((id, k) => ({ id, text: `${n * 10 + k + 1}%`, correct: k === 0 })),
      source: { sectionId: 'cloud', paragraphIds: ['p1'], factIds: [`f${n}`], passage: 'x' },
    }));
    const quiz = assembleQuiz({ ...bank, items: singles }, { count: 12, seed: 5 });
    const counts = [0, 0, 0, 0];
    for (const item of quiz.items) if (item.type === 'single') counts[item.options.findIndex((o) => o.correct)]!++;
    expect(counts).toEqual([3, 3, 3, 3]);
  });

  it('drops the weaker of two items testing the same fact', () => {
    const choice = bank.items.find((i) => i.id === 'gen-numeric-choice-aws-growth-2022')!;
    const clozeItem = bank.items.find((i) => i.id === 'gen-cloze-aws-growth-2022')!;
    expect(findGiveaways([choice, clozeItem])).toHaveLength(1);
    const quiz = assembleQuiz({ ...bank, items: [clozeItem, choice] }, { count: 2, seed: 1 });
    expect(quiz.items.map((i) => i.id)).toEqual(['gen-numeric-choice-aws-growth-2022']);
  });
});
