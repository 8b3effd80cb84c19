import { existsSync } from 'node:fs';
import type { Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NARRATIVE, ENGLISH_FIXTURE, loadFixture } from './load-fixture.js';
import { buildItemBank, findGiveaways, type Item, type SingleItem } from '../src/index.js';

const english = ENGLISH_FIXTURE;
const chinese = DEFAULT_NARRATIVE;

const meaning = (items: readonly Item[]) => items.filter((i): i is SingleItem => i.generator === 'quote-meaning');
const key = (item: SingleItem) => item.options.find((o) => o.correct)?.text;

describe('quote-meaning: what a speaker meant', () => {
  let en: Narrative;
  beforeAll(async () => {
    en = await loadFixture(english);
  });

  it('asks what a quote means, keyed to the point its section makes with it, at `understand`', () => {
    const items = meaning(buildItemBank(en).items);
    expect(items.length).toBe(2);
    const pass = items.find((i) => i.stem.includes('turned casual riders into regulars')) as SingleItem;
    expect(pass.stem).toContain('Tom Reeve');
    expect(key(pass)).toBe('A cheaper monthly pass doubled the number of subscribers.');
    for (const item of items) {
      expect(item.level).toBe('understand');
      expect(item.options).toHaveLength(4);
      const quote = en.sections.flatMap((s) => s.quotes).find((q) => item.id === `gen-quote-meaning-${q.id}`);
      const section = en.sections.find((s) => s.id === quote?.sectionId);
      // The key is a point of the quote's own section; every distractor is a point the text makes elsewhere.
      expect([...(section?.keyPoints ?? []), section?.summary]).toContain(key(item));
      for (const o of item.options.filter((x) => !x.correct)) {
        const home = en.sections.find((s) => s.keyPoints.includes(o.text) || s.summary === o.text);
        expect(home?.id).toBeDefined();
        expect(home?.id).not.toBe(quote?.sectionId);
      }
      // No option repeats the quote: the key is not found by matching its words.
      for (const o of item.options) expect(o.text).not.toContain(quote?.text.slice(0, 20));
      expect(item.rationale).toContain(quote?.text.slice(0, 20));
    }
  });

  it('ties a Chinese quote to the point drawn from its paragraph, not only to one naming the speaker', async () => {
    if (!existsSync(`${chinese}/narrative.yaml`)) return;
    const items = meaning(buildItemBank(await loadFixture(chinese)).items);
    const bet = items.find((i) => i.id === 'gen-quote-meaning-jassy-2008') as SingleItem;
    expect(key(bet)).toBe('2008年力排众议投资云计算，才有了15年后年入千亿美元的AWS。');
    expect(bet.stem).toMatch(/^(安迪·杰西说|文中引用安迪·杰西|按文章的理解)/);
    // Quotation marks pair up even where the quoting sentence opens a quotation it does not close.
    for (const item of items) {
      const text = item.rationale;
      expect((text.match(/‘/g) ?? []).length).toBe((text.match(/’/g) ?? []).length);
    }
  });

  it('is kept apart from a key-point item on the same point', () => {
    const bank = buildItemBank(en);
    const pairs = meaning(bank.items).flatMap((item) =>
      bank.items
        .filter((i) => i.generator === 'key-point' && i.cues?.includes(key(item) as string))
        .map((point) => [item, point] as const),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const [item, point] of pairs) expect(findGiveaways([item, point]).length).toBe(1);
  });
});
