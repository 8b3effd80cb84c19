import type { Finding } from '@lectern/narrative';
import type { Item } from '../model/item.js';
import { type LintRule, type Problem, toFinding } from './rule.js';
import { lintRules } from './rules/index.js';

export interface LintOptions {
  /**
   * `quiz` (default) also runs the rules that judge items together (key balance, giveaways); `bank` runs only
   * per-item rules, since a bank holds several items per fact by design.
   */
  scope?: 'quiz' | 'bank';
}

/** Checks items against the item-writing rules; findings carry the authored item's location. */
export function lintItems(items: readonly Item[], options: LintOptions = {}): Finding[] {
  const scope = options.scope ?? 'quiz';
  return lintRules
    .filter((rule) => scope === 'quiz' || rule.scope === 'item')
    .flatMap((rule) => rule.check(items).map((problem) => toFinding(rule, problem)));
}

/** Every problem the per-item rules find, with its rule, in rule order then item order (as `lintItems`). */
export function itemProblems(items: readonly Item[]): { rule: LintRule; problem: Problem }[] {
  return lintRules
    .filter((rule) => rule.scope === 'item')
    .flatMap((rule) => rule.check(items).map((problem) => ({ rule, problem })));
}
