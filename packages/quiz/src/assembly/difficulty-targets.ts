import type { ItemDifficulty } from '../model/item.js';

export type DifficultyMix = Partial<Record<ItemDifficulty, number>>;

const LEVELS: ItemDifficulty[] = ['easy', 'medium', 'hard'];

/** How many items of each difficulty a quiz of `count` should hold (largest-remainder rounding of the mix). */
export function difficultyTargets(mix: DifficultyMix, count: number): Record<ItemDifficulty, number> {
  const total = LEVELS.reduce((sum, d) => sum + Math.max(0, mix[d] ?? 0), 0);
  const exact = LEVELS.map((d) => (total === 0 ? count / 3 : (Math.max(0, mix[d] ?? 0) / total) * count));
  const floors = exact.map(Math.floor);
  let left = count - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return { easy: floors[0] ?? 0, medium: floors[1] ?? 0, hard: floors[2] ?? 0 };
}
