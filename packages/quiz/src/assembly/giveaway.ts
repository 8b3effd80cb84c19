import type { Item } from '../model/item.js';
import { itemCues, revealedText, statesCue } from '../util/item-text.js';
import { ClashIndex } from './clash-index.js';

/** One item making another easy: `giver` states or tests what `taker` asks. */
export interface Giveaway {
  giver: Item;
  taker: Item;
  reason: string;
}

/** Generators ranked by how much an item of theirs is worth keeping when two clash. */
const STRENGTH: Record<string, number> = {
  'section-argument': 80,
  cause: 80,
  compare: 75,
  trend: 75,
  'key-point': 72,
  'quote-meaning': 72,
  matching: 70,
  ordering: 70,
  'numeric-choice': 60,
  'numeric-entry': 55,
  cloze: 50,
  'true-false': 40,
  'quote-speaker': 35,
};

export interface GiveawayOptions {
  /** Let two items test the same fact (a narrative's `quiz.repeatFacts`). @default false */
  repeatFacts?: boolean;
}

/** Higher is kept when two items clash: authored items first, then by generator. */
export function itemStrength(item: Item): number {
  if (item.origin === 'authored') return 100;
  return STRENGTH[item.generator ?? ''] ?? 30;
}

/**
 * Why `a` and `b` cannot sit in one quiz, if they cannot: two items testing the same fact (unless both are
 * authored, or facts may repeat), two orderings of one event, or one item showing — in its stem, options or
 * feedback — what answers the other (a figure, a cause, a summary, an accepted word).
 */
export function giveawayBetween(a: Item, b: Item, options: GiveawayOptions = {}): Giveaway | undefined {
  if (a.id === b.id) return undefined;
  if (options.repeatFacts !== true && (a.origin === 'generated' || b.origin === 'generated')) {
    const shared = a.source.factIds.find((f) => b.source.factIds.includes(f));
    if (shared !== undefined) return { giver: a, taker: b, reason: `both test fact "${shared}"` };
  }
  if (a.type === 'ordering' && b.type === 'ordering') {
    const shared = a.sequence.find((e) => b.sequence.some((f) => f.text === e.text));
    if (shared !== undefined) return { giver: a, taker: b, reason: `both order "${shared.text}"` };
  }
  for (const [giver, taker] of [
    [a, b],
    [b, a],
  ] as const) {
    const text = revealedText(giver);
    const cue = itemCues(taker).find((c) => statesCue(text, c));
    if (cue !== undefined) return { giver, taker, reason: `shows "${cue}", the answer to ${taker.id}` };
  }
  return undefined;
}

/** Every pair of items in the list that gives one another away, in list order. */
export function findGiveaways(items: readonly Item[], options: GiveawayOptions = {}): Giveaway[] {
  const position = new Map<Item, number>();
  for (const [i, item] of items.entries()) position.set(item, i);
  const pairs: [number, number][] = [];
  if (position.size === items.length) {
    // Each item is checked only against the earlier items the index says may clash with it.
    const index = new ClashIndex();
    items.forEach((item, j) => {
      for (const c of index.candidates(item)) pairs.push([position.get(c) as number, j]);
      index.add(item);
    });
    pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  } else {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) pairs.push([i, j]);
  }
  const out: Giveaway[] = [];
  for (const [i, j] of pairs) {
    const found = giveawayBetween(items[i] as Item, items[j] as Item, options);
    if (found) out.push(found);
  }
  return out;
}
