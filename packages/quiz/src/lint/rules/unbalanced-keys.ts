import type { Item, SingleItem } from '../../model/item.js';
import type { LintRule, Problem } from '../rule.js';

/** Key positions across the quiz's single-choice items are lopsided (e.g. most keys are B). */
export const unbalancedKeys: LintRule = {
  id: 'quiz/unbalanced-keys',
  severity: 'warning',
  scope: 'quiz',
  check(items: readonly Item[]): Problem[] {
    const byCount = new Map<number, SingleItem[]>();
    for (const item of items) {
      if (item.type !== 'single') continue;
      byCount.set(item.options.length, [...(byCount.get(item.options.length) ?? []), item]);
    }
    const problems: Problem[] = [];
    for (const [k, group] of [...byCount].sort((a, b) => a[0] - b[0])) {
      if (group.length < 2 * k) continue;
      const counts = Array.from({ length: k }, () => 0);
      for (const item of group) {
        const at = item.options.findIndex((o) => o.correct);
        counts[at] = (counts[at] ?? 0) + 1;
      }
      const expected = group.length / k;
      const spread = Math.max(...counts) - Math.min(...counts);
      if (spread > Math.max(1, Math.ceil(expected / 2))) {
        problems.push({
          item: group[0] as SingleItem,
          message: `keys of the ${group.length} items with ${k} options sit at positions ${counts
            .map((c, i) => `${String.fromCharCode(65 + i)}×${c}`)
            .join(', ')}`,
          hint: 'Spread the keys evenly over the positions (assembleQuiz does this).',
        });
      }
    }
    return problems;
  },
};
