import type { Item } from '../model/item.js';
import { clozeSegments } from './cloze-segments.js';
import type { ExportLabels } from './labels.js';
import { optionLetter, plainNumber } from './numbers.js';

/**
 * The correct answer of an item as plain-text lines (not escaped): what an answer key prints.
 * Choice items name the letter and the option text; ordering lists the entries in order.
 */
export function correctAnswerLines(item: Item, labels: ExportLabels): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.flatMap((o, i) => (o.correct ? [`${optionLetter(i)}. ${o.text}`] : []));
    case 'true-false':
      return [item.answer ? labels.trueLabel : labels.falseLabel];
    case 'numeric': {
      const unit = item.unit ? ` ${item.unit}` : '';
      const tolerance = item.tolerance > 0 ? ` (± ${plainNumber(item.tolerance)})` : '';
      return [`${plainNumber(item.answer)}${unit}${tolerance}`];
    }
    case 'short':
      return [item.answers.join(' / ')];
    case 'cloze':
      return clozeSegments(item).flatMap((s) =>
        s.kind === 'gap' ? [`(${s.number}) ${s.gap.answers.join(' / ')}`] : [],
      );
    case 'matching': {
      const right = rightOrder(item);
      return item.pairs.map((p, i) => `${i + 1}. ${p.left} → ${optionLetter(right.indexOf(p.id))}. ${p.right}`);
    }
    case 'ordering': {
      const shown = displayOrder(item);
      return item.sequence.map((e, i) => `${i + 1}. ${optionLetter(shown.indexOf(e.id))}. ${e.text}`);
    }
  }
}

/** Pair ids in the order the right-hand column is shown (the pairs' order when assembly set none). */
export function rightOrder(item: Extract<Item, { type: 'matching' }>): string[] {
  return validOrder(
    item.rightOrder,
    item.pairs.map((p) => p.id),
  );
}

/** Entry ids in the order the learner sees them (the correct order when assembly set none). */
export function displayOrder(item: Extract<Item, { type: 'ordering' }>): string[] {
  return validOrder(
    item.displayOrder,
    item.sequence.map((e) => e.id),
  );
}

function validOrder(order: string[] | undefined, ids: string[]): string[] {
  if (!order || order.length !== ids.length) return ids;
  const set = new Set(order);
  return set.size === ids.length && ids.every((id) => set.has(id)) ? order : ids;
}
