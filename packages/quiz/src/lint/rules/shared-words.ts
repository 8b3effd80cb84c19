import type { Item } from '../../model/item.js';
import { bigrams } from '../../util/sentences.js';
import { itemRule } from '../rule.js';

/** Words (two-character slices) that `a` and `b` share. */
function shared(a: string, b: string): number {
  const x = bigrams(a);
  let n = 0;
  for (const g of bigrams(b)) if (x.has(g)) n++;
  return n;
}

/** How many pairs a learner can match by the words their two sides share, without knowing the answer. */
function solvableByWords(pairs: readonly { left: string; right: string }[]): number {
  let solved = 0;
  for (const p of pairs) {
    const scores = pairs.map((q) => shared(p.left, q.right));
    const own = shared(p.left, p.right);
    if (own > 0 && scores.filter((s) => s >= own).length === 1) solved++;
  }
  return solved;
}

const YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/u;

/**
 * A matching item whose pairs share words (机器学习 on both sides), so half or more match by wording alone; or an
 * ordering item whose every entry carries its year, so the order reads off the entries.
 */
export const sharedWords = itemRule('quiz/shared-words', 'warning', (item) => {
  if (item.type === 'matching') {
    const solved = solvableByWords(item.pairs);
    if (solved >= 2 && solved * 2 >= item.pairs.length) {
      return [
        {
          message: `${solved} of ${item.pairs.length} pairs can be matched by the words both sides share`,
          hint: 'Reword one side of those pairs so that matching needs the text, not the wording.',
        },
      ];
    }
  }
  if (item.type === 'ordering' && item.sequence.every((e) => YEAR.test(e.text))) {
    return [
      {
        message: 'every entry names its year, so the order can be read off the entries',
        hint: 'Leave the dates out of the entries.',
      },
    ];
  }
  return [];
});
