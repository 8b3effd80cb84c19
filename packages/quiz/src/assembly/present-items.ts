import type { Item, ItemOption } from '../model/item.js';
import type { Rng } from '../util/rng.js';

/** A permutation of ids that is not the given order (when there are at least two). */
function scrambled(ids: readonly string[], rng: Rng): string[] {
  for (let attempt = 0; attempt < 8; attempt++) {
    const out = rng.shuffle(ids);
    if (out.some((id, i) => id !== ids[i])) return out;
  }
  return [...ids.slice(1), ...ids.slice(0, 1)];
}

/** Places the key at `at` among the shuffled distractors. */
function placeKey(options: readonly ItemOption[], at: number, rng: Rng): ItemOption[] {
  const key = options.find((o) => o.correct) as ItemOption;
  const rest = rng.shuffle(options.filter((o) => o !== key));
  rest.splice(at, 0, key);
  return rest;
}

/**
 * Shuffles what a learner sees: options of choice items (single-choice keys spread evenly over the positions —
 * round-robin positions, shuffled over the items), ordering entries and matching's right side.
 */
export function presentItems(items: readonly Item[], rng: Rng): Item[] {
  const slots = new Map<string, number>();
  const singlesByCount = new Map<number, string[]>();
  for (const item of items) {
    if (item.type !== 'single') continue;
    singlesByCount.set(item.options.length, [...(singlesByCount.get(item.options.length) ?? []), item.id]);
  }
  for (const [k, ids] of [...singlesByCount].sort((a, b) => a[0] - b[0])) {
    const positions = rng.shuffle(ids.map((_, i) => i % k));
    ids.forEach((id, i) => {
      slots.set(id, positions[i] as number);
    });
  }
  return items.map((item): Item => {
    switch (item.type) {
      case 'single':
        return { ...item, options: placeKey(item.options, slots.get(item.id) ?? 0, rng) };
      case 'multiple':
        return { ...item, options: rng.shuffle(item.options) };
      case 'ordering':
        return {
          ...item,
          displayOrder: scrambled(
            item.sequence.map((e) => e.id),
            rng,
          ),
        };
      case 'matching':
        return {
          ...item,
          rightOrder: scrambled(
            item.pairs.map((p) => p.id),
            rng,
          ),
        };
      default:
        return item;
    }
  });
}
