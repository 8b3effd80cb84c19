import type { Item } from '../../model/item.js';
import { normalizeText } from '../../util/normalize.js';
import { itemRule } from '../rule.js';

function duplicates(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const t of texts.map(normalizeText)) (seen.has(t) ? dup : seen).add(t);
  return [...dup];
}

function choices(item: Item): string[][] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return [item.options.map((o) => o.text)];
    case 'matching':
      return [item.pairs.map((p) => p.left), item.pairs.map((p) => p.right)];
    case 'ordering':
      return [item.sequence.map((e) => e.text)];
    default:
      return [];
  }
}

/** Two options (or matching sides, or ordering entries) that read the same. */
export const duplicateOption = itemRule('quiz/duplicate-option', 'error', (item) =>
  choices(item).flatMap((texts) =>
    duplicates(texts).map((text) => ({
      message: `the option "${text}" appears more than once`,
      hint: 'Make every option distinct.',
    })),
  ),
);
