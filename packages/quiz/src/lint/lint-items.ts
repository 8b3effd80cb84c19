import type { Finding } from '@lectern/narrative';
import type { Item } from '../model/item.js';
import { toFinding } from './rule.js';
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

/** The items that break a per-item rule (generated items that do are left out of a bank). */
export function flawedItems(items: readonly Item[]): Set<Item> {
  const out = new Set<Item>();
  for (const rule of lintRules) if (rule.scope === 'item') for (const p of rule.check(items)) out.add(p.item);
  return out;
}
