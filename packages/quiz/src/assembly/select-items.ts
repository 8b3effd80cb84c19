import type { Item, ItemDifficulty } from '../model/item.js';
import type { Rng } from '../util/rng.js';
import { type DifficultyMix, difficultyTargets } from './difficulty-targets.js';
import { ClashIndex } from './clash-index.js';
import { giveawayBetween, itemStrength } from './giveaway.js';

/** Candidates in the order they are tried: authored first, then generated items with the types interleaved. */
function candidateOrder(pool: readonly Item[], rng: Rng): Item[] {
  const authored = rng.shuffle(pool.filter((i) => i.origin === 'authored'));
  const byType = new Map<string, Item[]>();
  for (const item of pool) {
    if (item.origin === 'authored') continue;
    byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
  }
  const queues = rng.shuffle([...byType.keys()].sort()).map((t) => rng.shuffle(byType.get(t) ?? []));
  const generated: Item[] = [];
  for (let round = 0; queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (q[round]) generated.push(q[round] as Item);
  }
  return [...authored, ...generated];
}

/**
 * Picks up to `count` items: tries candidates in seeded order, keeps to the difficulty mix while it can, and never
 * keeps two items that give one another away (the stronger stays).
 */
export function selectItems(pool: readonly Item[], count: number, rng: Rng, mix?: DifficultyMix): Item[] {
  const chosen: Item[] = [];
  const order = candidateOrder(pool, rng);
  const targets = mix ? difficultyTargets(mix, count) : undefined;
  const counts = new Map<ItemDifficulty, number>();
  const tally = (d: ItemDifficulty): number => counts.get(d) ?? 0;
  const countChosen = (d: ItemDifficulty, by: number): void => {
    counts.set(d, tally(d) + by);
  };
  // Note: the index finds the chosen items that may clash with a candidate without comparing it to every one
  // of them; with a count as large as the bank, pairwise checks made big narratives quadratic.
  const index = new ClashIndex();
  const tryAdd = (item: Item, respectMix: boolean): void => {
    if (chosen.length >= count || index.has(item)) return;
    if (respectMix && targets && tally(item.difficulty) >= targets[item.difficulty]) return;
    const clashes = [...index.candidates(item)].filter((c) => giveawayBetween(c, item) !== undefined);
    if (clashes.some((c) => itemStrength(c) >= itemStrength(item))) return;
    for (const c of clashes) {
      chosen.splice(chosen.indexOf(c), 1);
      index.remove(c);
      countChosen(c.difficulty, -1);
    }
    chosen.push(item);
    index.add(item);
    countChosen(item.difficulty, 1);
  };
  for (const item of order) tryAdd(item, true);
  for (const item of order) tryAdd(item, false);
  return chosen;
}
