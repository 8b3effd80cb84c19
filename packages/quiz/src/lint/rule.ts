import type { Finding, Severity } from '@lectern/narrative';
import type { Item } from '../model/item.js';
import type { QuizRule } from './quiz-rules.js';

/** A problem with one item (or a pair), before it becomes a finding. */
export interface Problem {
  item: Item;
  message: string;
  hint?: string;
}

/** One item-writing rule with a stable id. `scope: 'quiz'` rules judge items together (key balance, giveaways). */
export interface LintRule {
  id: QuizRule;
  severity: Severity;
  scope: 'item' | 'quiz';
  check(items: readonly Item[]): Problem[];
}

/**
 * A rule that looks at one item at a time. Its problems are kept per item object (items are never changed once
 * made), so a bank rebuilt around the kept items of unchanged generators (watch mode) does not judge them again.
 */
export function itemRule(
  id: QuizRule,
  severity: Severity,
  check: (item: Item) => { message: string; hint?: string }[],
): LintRule {
  const judged = new WeakMap<Item, Problem[]>();
  return {
    id,
    severity,
    scope: 'item',
    check: (items) =>
      items.flatMap((item) => {
        let problems = judged.get(item);
        if (problems === undefined) {
          problems = check(item).map((p) => ({ item, ...p }));
          judged.set(item, problems);
        }
        return problems;
      }),
  };
}

/** Turns a problem into a finding carrying the authored item's location. */
export function toFinding(rule: LintRule, problem: Problem): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: `${problem.item.id}: ${problem.message}`,
    ...(problem.hint === undefined ? {} : { hint: problem.hint }),
    ...(problem.item.loc === undefined ? {} : { loc: problem.item.loc }),
  };
}
