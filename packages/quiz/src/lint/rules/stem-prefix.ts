import { forLanguage } from '@lectern/narrative';
import type { Item } from '../../model/item.js';
import type { LintRule, Problem } from '../rule.js';

/** Most items that may open with one phrase, as a share of the quiz. */
export const MAX_PREFIX_SHARE = 0.25;
/** Below this many items a repeated opening is no pattern. */
const MIN_ITEMS = 8;

const CJK = /[\p{Script=Han}]/u;

/**
 * How a stem opens: its first four characters in Chinese (a stem that opens with a year, `2024年…`, is still
 * Chinese), its first two words otherwise, punctuation dropped.
 */
export function stemPrefix(stem: string): string {
  const text = stem.trim().replace(/^[\p{P}\s]+/u, '');
  if (CJK.test(text.slice(0, 12))) return text.replace(/[\p{P}\s]/gu, '').slice(0, 4);
  return text
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');
}

/** The most frequent stem opening and how many items share it. */
export function topStemPrefix(items: readonly Item[]): { prefix: string; count: number } {
  const counts = new Map<string, number>();
  for (const item of items) {
    const p = stemPrefix(item.stem);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let top = { prefix: '', count: 0 };
  for (const [prefix, count] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
    if (count > top.count) top = { prefix, count };
  return top;
}

/** The hint names a stock opening in the quiz's own language. */
const STOCK_OPENING = {
  zh: 'Vary how the questions open; drop phrases such as "根据文章" where the question reads without them.',
  en: 'Vary how the questions open; drop phrases such as "According to the text" where the question reads without them.',
} as const;

/** More than a quarter of a quiz's stems open the same way ("根据文章，…"): the quiz reads as a template. */
export const stemPrefixRule: LintRule = {
  id: 'quiz/stem-prefix',
  severity: 'warning',
  scope: 'quiz',
  check(items: readonly Item[]): Problem[] {
    if (items.length < MIN_ITEMS) return [];
    const top = topStemPrefix(items);
    if (top.count / items.length <= MAX_PREFIX_SHARE) return [];
    const first = items.find((i) => stemPrefix(i.stem) === top.prefix) as Item;
    return [
      {
        item: first,
        message: `${top.count} of ${items.length} stems open with "${top.prefix}"`,
        hint: forLanguage(first.language, STOCK_OPENING),
      },
    ];
  },
};
