import { describe, expect, it } from 'vitest';
import type { Item } from '../model/item.js';
import { ClashIndex } from './clash-index.js';
import { giveawayBetween } from './giveaway.js';

const base = { origin: 'authored', language: 'zh-CN', rationale: 'r', difficulty: 'easy', level: 'remember' } as const;
const source = (id: string) => ({ sectionId: 's', paragraphIds: ['p'], factIds: [`f-${id}`], passage: 'p' });

/** A numeric item asking for `answer` with `unit`, its stem stating `stem`. */
const numeric = (id: string, stem: string, answer: number, unit: string): Item =>
  ({ ...base, id, type: 'numeric', stem, answer, unit, tolerance: 0, source: source(id) }) as Item;
/** A single-choice item whose correct option is `key`. */
const single = (id: string, stem: string, key: string): Item =>
  ({
    ...base,
    id,
    type: 'single',
    stem,
    source: source(id),
    options: [
      { id: 'a', text: key, correct: true },
      { id: 'b', text: '其他', correct: false },
    ],
  }) as Item;

describe('ClashIndex', () => {
  it('offers every listed item that gives a new one away (random stems and figures)', { timeout: 60_000 }, () => {
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const units = ['%', '亿美元', ' billion', '年', ''];
    const number = (): string =>
      [String(random(40)), `${random(40)}.${random(10)}`, `1,${random(10)}00`, `2,0${random(3)}`][random(4)]!;
    const glue = ['，', ',', '.', ' ', '约', '为', '到'];
    const stem = (): string =>
      Array.from({ length: 3 }, () => `${glue[random(glue.length)]}${number()}${units[random(units.length)]}`).join('');
    const items: Item[] = [];
    for (let i = 0; i < 400; i++) {
      const id = `i${i}`;
      if (random(2) === 0) items.push(numeric(id, stem(), Number(number().replace(',', '')), units[random(4)]!));
      else items.push(single(id, stem(), `${['', '约'][random(2)]}${number()}${units[random(units.length)]}`));
    }
    const index = new ClashIndex();
    let clashes = 0;
    for (const item of items) {
      const offered = index.candidates(item);
      for (const earlier of items.slice(0, items.indexOf(item))) {
        if (giveawayBetween(earlier, item) === undefined) continue;
        clashes++;
        expect(offered.has(earlier), `${earlier.id} gives ${item.id} away`).toBe(true);
      }
      index.add(item);
    }
    expect(clashes).toBeGreaterThan(20);
  });
});
