import { describe, expect, it } from 'vitest';
import { assembleForms, assembleQuiz, buildItemBank, findGiveaways, type Item, type Quiz } from '../src/index.js';
import { DEFAULT_NARRATIVE, ENGLISH_FIXTURE, loadFixture } from './load-fixture.js';
import { smallNarrative } from './fixtures/small-narrative.js';

/** How many items of each section, objective, level, difficulty: what parallel forms must share. */
function mix(quiz: Quiz): Record<string, Record<string, number>> {
  const count = (key: (i: Item) => string) => {
    const out: Record<string, number> = {};
    for (const item of quiz.items) out[key(item)] = (out[key(item)] ?? 0) + 1;
    return out;
  };
  return {
    section: count((i) => i.source.sectionId),
    objective: count((i) => i.objective ?? '-'),
    level: count((i) => i.level),
    difficulty: count((i) => i.difficulty),
  };
}

const presented = (quiz: Quiz) =>
  JSON.stringify(quiz.items.map((i) => [i.id, 'options' in i ? i.options.map((o) => o.id) : []]));

describe('assembleForms', () => {
  for (const [name, folder] of [
    ['default (Chinese) narrative', DEFAULT_NARRATIVE],
    ['English fixture', ENGLISH_FIXTURE],
  ] as const) {
    it(`${name}: equal coverage and mix, different items, no giveaways, form A is the plain quiz`, async () => {
      const bank = buildItemBank(await loadFixture(folder));
      const { forms, letters, shared } = assembleForms(bank, { seed: 1, forms: 3 });
      expect(letters).toEqual(['A', 'B', 'C']);
      const plain = assembleQuiz(bank, { seed: 1 });
      expect(forms[0]?.items).toEqual(plain.items);
      for (const form of forms) {
        expect(mix(form)).toEqual(mix(plain));
        expect(form.items).toHaveLength(plain.items.length);
        expect(findGiveaways(form.items)).toEqual([]);
      }
      const ids = forms.map((f) => new Set(f.items.map((i) => i.id)));
      const b = [...(ids[1] ?? [])];
      // The bank holds more items than one quiz: B takes mostly other items than A.
      // Where the bank has another item of the same slot, B takes it (the default narrative: 9 of 30 items).
      expect(b.filter((id) => ids[0]?.has(id)).length).toBeLessThan(plain.items.length - 2);
      expect([...(shared[1] ?? [])].sort()).toEqual(b.filter((id) => ids[0]?.has(id)).sort());
      expect(new Set(forms.map(presented)).size).toBe(3);
      expect(forms[1]?.title).toMatch(/B/);
    });
  }

  it('is deterministic for a seed and changes with the seed', () => {
    const bank = buildItemBank(smallNarrative());
    const run = (seed: number) => JSON.stringify(assembleForms(bank, { seed, forms: 2, count: 6 }));
    expect(run(4)).toBe(run(4));
    expect(run(4)).not.toBe(run(5));
  });

  it('keeps A’s items in another order when the bank has nothing else of the same slot', () => {
    const bank = buildItemBank(smallNarrative());
    const all = bank.items.length;
    const { forms, shared } = assembleForms(bank, { seed: 2, forms: 2, count: all });
    const a = forms[0] as Quiz;
    const b = forms[1] as Quiz;
    expect(mix(b)).toEqual(mix(a));
    expect(shared[1]?.length).toBeGreaterThan(0);
    expect(presented(b)).not.toBe(presented(a));
  });

  it('refuses 0, 27 and fractions of a form', () => {
    const bank = buildItemBank(smallNarrative());
    for (const forms of [0, 27, 1.5]) expect(() => assembleForms(bank, { seed: 1, forms })).toThrow(/1 to 26/);
  });
});
