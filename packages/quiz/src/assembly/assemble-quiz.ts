import type { ItemBank } from '../bank/build-item-bank.js';
import type { Item, ItemType } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { createRng } from '../util/rng.js';
import type { DifficultyMix } from './difficulty-targets.js';
import { presentItems } from './present-items.js';
import { quizPool } from './quiz-pool.js';
import { selectItems } from './select-items.js';
import { varyStems } from './vary-stems.js';

export interface AssembleOptions {
  /**
   * Number of items wanted; fewer when the bank runs out. @default the blueprint's count, and then no more than
   * its limits allow (without a count, a quiz never breaks the blueprint to reach a number)
   */
  count?: number;
  /** Seed for every random choice; the same bank, options and seed give the same quiz. */
  seed: number;
  /** Item types to draw from. @default all */
  types?: readonly ItemType[];
  /** Section ids to draw from. @default all */
  sections?: readonly string[];
  /** Share of each difficulty, e.g. `{ easy: 0.3, medium: 0.5, hard: 0.2 }`; followed as far as the bank allows. */
  difficulty?: DifficultyMix;
  /** Include authored items (they are tried first). @default true */
  includeAuthored?: boolean;
  /** @default the bank's title */
  title?: string;
}

/**
 * Draws a quiz from a bank: seeded selection against the bank's blueprint (sections, objectives, levels; difficulty
 * mix; no two items giving one another away), items in the narrative's section order, generated stems reworded so
 * their openings vary, options shuffled with single-choice keys spread evenly over the positions.
 */
export function assembleQuiz(bank: ItemBank, options: AssembleOptions): Quiz {
  const rng = createRng(options.seed);
  const sectionRank = new Map(bank.sections.map((s, i) => [s.id, i]));
  const pool = quizPool(bank, options);
  const count = Math.max(0, options.count ?? bank.blueprint.count);
  const chosen = selectItems(pool, count, rng, {
    blueprint: bank.blueprint,
    ...(options.difficulty ? { mix: options.difficulty } : {}),
    fill: options.count !== undefined,
  });
  const order = new Map(rng.shuffle(chosen).map((item, i) => [item.id, i]));
  const ordered = [...chosen].sort(
    (a: Item, b: Item) =>
      (sectionRank.get(a.source.sectionId) ?? 0) - (sectionRank.get(b.source.sectionId) ?? 0) ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
  const used = new Set(ordered.map((i) => i.source.sectionId));
  return {
    narrativeId: bank.narrativeId,
    title: options.title ?? bank.title,
    language: bank.language,
    seed: options.seed,
    sections: bank.sections.filter((s) => used.has(s.id)),
    items: presentItems(varyStems(ordered, bank.phrasings, options.seed), rng),
  };
}
