import type { Item, ItemDifficulty } from '../model/item.js';
import type { Rng } from '../util/rng.js';
import { type Blueprint, sectionCap } from './blueprint.js';
import { ClashIndex } from './clash-index.js';
import { type DifficultyMix, difficultyTargets } from './difficulty-targets.js';
import { giveawayBetween, itemStrength } from './giveaway.js';
import { MAX_PREFIX_SHARE, stemPrefix } from '../lint/rules/stem-prefix.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Candidates in the order they are tried: authored first, then generated items with the types interleaved. */
function candidateOrder(pool: readonly Item[], rng: Rng): Item[] {
  const authored = rng.shuffle(pool.filter((i) => i.origin === 'authored'));
  const byType = new Map<string, Item[]>();
  for (const item of pool) if (item.origin !== 'authored') push(byType, item.type, item);
  const queues = rng.shuffle([...byType.keys()].sort()).map((t) => rng.shuffle(byType.get(t) ?? []));
  const generated: Item[] = [];
  const rounds = Math.max(0, ...queues.map((q) => q.length));
  for (let round = 0; round < rounds; round++) {
    for (const q of queues) if (q[round]) generated.push(q[round] as Item);
  }
  return [...authored, ...generated];
}

export interface SelectOptions {
  blueprint: Blueprint;
  mix?: DifficultyMix;
  /** After the blueprint's limits are met as far as the bank allows, fill up to `count` beyond them. */
  fill: boolean;
}

const above = (item: Item): boolean => item.level !== 'remember';
const PREFIX_LOOKAHEAD = 16;

/**
 * Picks up to `count` items against the blueprint. Candidates wait in queues by section, objective and level; each
 * step takes the head of the queue whose section and objective lag furthest behind their share, while no section
 * passes its cap, recall items leave room for the share above `remember`, and the difficulty mix holds. No two
 * kept items give one another away (the stronger stays). With `fill`, a second pass lifts the limits.
 */
export function selectItems(pool: readonly Item[], count: number, rng: Rng, options: SelectOptions): Item[] {
  const { blueprint, mix } = options;
  const sectionShare = new Map(blueprint.sections.map((s) => [s.id, s.share]));
  const objectiveShare = new Map(blueprint.objectives.map((o) => [o.id, o.share]));
  const targets = mix ? difficultyTargets(mix, count) : undefined;
  const floor = Math.ceil(blueprint.minAboveRemember * count - 1e-9);
  const chosen = new Set<Item>();
  const bySection = new Map<string, number>();
  const byObjective = new Map<string, number>();
  const byDifficulty = new Map<ItemDifficulty, number>();
  let aboveCount = 0;
  const byPrefix = new Map<string, number>();
  // Note: a stem's opening is asked for at every step of every queue; computed once per item.
  const prefixOf = new Map<Item, string>(pool.map((item) => [item, stemPrefix(item.stem)]));
  const prefix = (item: Item): string => prefixOf.get(item) ?? stemPrefix(item.stem);
  const prefixCap = Math.max(2, Math.floor(MAX_PREFIX_SHARE * count + 1e-9));
  const bump = (item: Item, d: number): void => {
    byPrefix.set(prefix(item), (byPrefix.get(prefix(item)) ?? 0) + d);
    bySection.set(item.source.sectionId, (bySection.get(item.source.sectionId) ?? 0) + d);
    if (item.objective !== undefined) byObjective.set(item.objective, (byObjective.get(item.objective) ?? 0) + d);
    byDifficulty.set(item.difficulty, (byDifficulty.get(item.difficulty) ?? 0) + d);
    if (above(item)) aboveCount += d;
  };
  const index = new ClashIndex();
  const tryAdd = (item: Item): boolean => {
    const clashes = [...index.candidates(item)].filter(
      (c) => giveawayBetween(c, item, { repeatFacts: blueprint.repeatFacts }) !== undefined,
    );
    // Note: a stronger item replaces one weaker item it clashes with, never several: one section-argument item
    // whose options show three facts would otherwise push three items (and their sections) out of the quiz.
    if (clashes.length > 1 || clashes.some((c) => itemStrength(c) >= itemStrength(item))) return false;
    for (const c of clashes) {
      chosen.delete(c);
      index.remove(c);
      bump(c, -1);
    }
    chosen.add(item);
    index.add(item);
    bump(item, 1);
    return true;
  };

  const queues = new Map<string, Item[]>();
  for (const item of candidateOrder(pool, rng)) {
    const key = `${item.source.sectionId}\u0000${item.objective ?? ''}\u0000${above(item) ? 1 : 0}\u0000${item.difficulty}`;
    push(queues, key, item);
  }
  const lists = [...queues.values()];
  const heads = lists.map(() => 0);
  const tried = new Set<Item>();
  const picked: (Item | undefined)[] = lists.map(() => undefined);

  /** 0: every limit; 1: the difficulty mix and stem variety only; 2: none but independence. */
  const pass = (relax: 0 | 1 | 2): void => {
    while (chosen.size < count) {
      let best = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      lists.forEach((list, q) => {
        while (heads[q]! < list.length && (tried.has(list[heads[q]!]!) || chosen.has(list[heads[q]!]!))) heads[q]!++;
        // Note: a queue holds one section, objective, level and difficulty; only the stem's opening varies, so a
        // head whose opening is used up gives way to the next few in its queue.
        let at = heads[q]!;
        const limit = Math.min(list.length, at + PREFIX_LOOKAHEAD);
        while (
          relax <= 1 &&
          at < limit &&
          (tried.has(list[at]!) || chosen.has(list[at]!) || (byPrefix.get(prefix(list[at]!)) ?? 0) >= prefixCap)
        )
          at++;
        const head = at < limit ? list[at] : list[heads[q]!];
        if (head === undefined || tried.has(head) || chosen.has(head)) return;
        const share = sectionShare.get(head.source.sectionId);
        const inSection = bySection.get(head.source.sectionId) ?? 0;
        if (relax === 0) {
          if (share !== undefined && inSection >= sectionCap(blueprint, share, count)) return;
          if (!above(head) && chosen.size - aboveCount >= count - floor) return;
        }
        if (relax <= 1) {
          if (targets && (byDifficulty.get(head.difficulty) ?? 0) >= targets[head.difficulty]) return;
          if ((byPrefix.get(prefix(head)) ?? 0) >= prefixCap) return;
        }
        const sectionTarget = (share ?? 0) * count;
        const objectiveTarget = (objectiveShare.get(head.objective ?? '') ?? 0) * count;
        const lag = (target: number, have: number): number => (target - have) / Math.max(target, 1);
        const score =
          lag(sectionTarget, inSection) +
          (head.objective === undefined ? 0 : lag(objectiveTarget, byObjective.get(head.objective) ?? 0)) +
          (above(head) && aboveCount < floor ? 0.5 : 0) +
          (head.origin === 'authored' ? 2 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = q;
        }
        picked[q] = head;
      });
      if (best < 0) return;
      const item = picked[best] as Item;
      tried.add(item);
      tryAdd(item);
    }
  };
  pass(0);
  for (const relax of [1, 2] as const) {
    if (!options.fill || chosen.size >= count) break;
    tried.clear();
    heads.fill(0);
    pass(relax);
  }
  return [...chosen];
}
