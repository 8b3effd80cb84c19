import { existsSync } from 'node:fs';
import type { Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NARRATIVE, ENGLISH_FIXTURE, loadFixture } from './load-fixture.js';
import { varyStems } from '../src/assembly/vary-stems.js';
import { assembleQuiz, buildItemBank, type Item, lintItems, type ItemBank, stemPrefix } from '../src/index.js';

const english = ENGLISH_FIXTURE;
const chinese = DEFAULT_NARRATIVE;

const thin = (n: Narrative): Narrative => ({ ...n, sections: n.sections.map((s) => ({ ...s, items: [] })) });

function topShare(items: readonly Item[]): number {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(stemPrefix(i.stem), (counts.get(stemPrefix(i.stem)) ?? 0) + 1);
  return Math.max(...counts.values()) / items.length;
}

describe('stem variety', () => {
  const banks: [string, ItemBank][] = [];
  beforeAll(async () => {
    banks.push(['english', buildItemBank(await loadFixture(english))]);
    if (existsSync(`${chinese}/narrative.yaml`))
      banks.push(['chinese, no authored items', buildItemBank(thin(await loadFixture(chinese)))]);
  });

  it('keeps every phrasing of a generated stem, the stem among them', () => {
    for (const [, bank] of banks) {
      const generated = bank.items.filter((i) => i.origin === 'generated');
      const rephrasable = generated.filter((i) => bank.phrasings[i.id]);
      expect(rephrasable.length).toBeGreaterThan(generated.length / 2);
      for (const item of rephrasable) expect(bank.phrasings[item.id]).toContain(item.stem);
      for (const item of bank.items.filter((i) => i.origin === 'authored'))
        expect(bank.phrasings[item.id]).toBeUndefined();
    }
  });

  it('no opening in more than a quarter of the stems, for any of ten seeds and three sizes', () => {
    for (const [name, bank] of banks) {
      for (const count of [undefined, 12, 20]) {
        for (let seed = 1; seed <= 10; seed++) {
          const quiz = assembleQuiz(bank, { seed, ...(count === undefined ? {} : { count }) });
          if (quiz.items.length < 8) continue;
          expect(topShare(quiz.items), `${name}, seed ${seed}, ${count ?? 'default'} items`).toBeLessThanOrEqual(0.25);
          expect(lintItems(quiz.items).map((f) => f.rule)).not.toContain('quiz/stem-prefix');
        }
      }
    }
  });

  it('is deterministic by seed, and another seed words the stems differently', () => {
    const [, bank] = banks[0] as [string, ItemBank];
    const stems = (seed: number) => assembleQuiz(bank, { seed, count: 12 }).items.map((i) => `${i.id} ${i.stem}`);
    expect(stems(3)).toEqual(stems(3));
    const ids = (seed: number) => assembleQuiz(bank, { seed, count: 12 }).items.map((i) => i.id);
    // Same items drawn, different wording: compare the stems of items both seeds drew.
    const a = new Map(assembleQuiz(bank, { seed: 1, count: 12 }).items.map((i) => [i.id, i.stem]));
    const b = assembleQuiz(bank, { seed: 2, count: 12 }).items.filter((i) => a.has(i.id));
    expect(ids(1).length).toBe(12);
    expect(b.some((i) => a.get(i.id) !== i.stem)).toBe(true);
  });

  it('rewords only among the phrasings: the least-used opening first', () => {
    const item = (id: string, stem: string) => ({ id, stem }) as Item;
    const items = [item('a', 'True or false? A.'), item('b', 'True or false? B.'), item('c', 'True or false? C.')];
    const phrasings = {
      b: ['True or false? B.', 'Is this statement correct?\nB.'],
      c: ['True or false? C.', 'Is this statement correct?\nC.', 'Based on the text, is this right?\nC.'],
    };
    const out = varyStems(items, phrasings, 1);
    expect(out[0]?.stem).toBe('True or false? A.');
    expect(out[1]?.stem).toBe('Is this statement correct?\nB.');
    expect(out[2]?.stem).toBe('Based on the text, is this right?\nC.');
  });

  it('names a stock opening in the language of the quiz in the stem-prefix hint', () => {
    const stems = (language: string, stem: string) =>
      Array.from({ length: 8 }, (_, i) => ({ ...base, language, id: `s${i}`, stem: `${stem} ${i}?` }) as Item);
    const hint = (items: Item[]) => lintItems(items).find((f) => f.rule === 'quiz/stem-prefix')?.hint ?? '';
    expect(hint(stems('en', 'According to the text, what is'))).toContain('According to the text');
    expect(hint(stems('en', 'According to the text, what is'))).not.toMatch(/\p{Script=Han}/u);
    expect(hint(stems('zh-CN', '根据文章，问题'))).toContain('根据文章');
  });
});

const base = {
  origin: 'generated' as const,
  type: 'true-false' as const,
  answer: true,
  rationale: 'The text says so.',
  source: { sectionId: 's', paragraphIds: ['p1'], factIds: [], passage: 'A paragraph.' },
  difficulty: 'easy' as const,
  level: 'remember' as const,
};
