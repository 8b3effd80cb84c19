import type { ItemDifficulty } from '../model/item.js';
import { apportion } from './blueprint.js';

export type DifficultyMix = Partial<Record<ItemDifficulty, number>>;

const LEVELS: ItemDifficulty[] = ['easy', 'medium', 'hard'];

/** How many items of each difficulty a quiz of `count` should hold (largest-remainder rounding of the mix). */
export function difficultyTargets(mix: DifficultyMix, count: number): Record<ItemDifficulty, number> {
  const total = LEVELS.reduce((sum, d) => sum + Math.max(0, mix[d] ?? 0), 0);
  const shares = LEVELS.map((d) => (total === 0 ? 1 / 3 : Math.max(0, mix[d] ?? 0) / total));
  const [easy = 0, medium = 0, hard = 0] = apportion(shares, count);
  return { easy, medium, hard };
}
