import { findGiveaways } from '../../assembly/giveaway.js';
import type { Item } from '../../model/item.js';
import type { LintRule, Problem } from '../rule.js';

/** One item in the quiz gives away another's answer. */
export const answerGiveaway: LintRule = {
  id: 'quiz/answer-giveaway',
  severity: 'warning',
  scope: 'quiz',
  check(items: readonly Item[]): Problem[] {
    return findGiveaways(items).map((g) => ({
      item: g.giver,
      message: `gives away ${g.taker.id}: ${g.reason}`,
      hint: 'Keep only one of the two items in a quiz, or reword the one that states the answer.',
    }));
  },
};
