import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { clozeSegments } from './cloze-segments.js';
import { displayOrder, rightOrder } from './correct-answer.js';
import { mdBlock, mdInline } from './escape-markdown.js';
import { type ExportLabels, labelsFor } from './labels.js';
import { optionLetter } from './numbers.js';

const BLANK = '\\_\\_\\_\\_\\_\\_\\_\\_';
const INDENT = '   ';

/**
 * `quiz.md`: the printable quiz. Numbered questions, options lettered A, B, …, blanks to fill for numeric,
 * short and cloze items, matching as a two-column table, ordering as a list to number. No answers.
 */
export function exportQuizMarkdown(quiz: Quiz): string {
  const labels = labelsFor(quiz.language);
  const parts = [`# ${mdInline(quiz.title)}`];
  quiz.items.forEach((item, index) => {
    parts.push(`## ${index + 1}`, mdBlock(item.stem), ...itemBody(item, labels));
  });
  return `${parts.join('\n\n')}\n`;
}

function itemBody(item: Item, labels: ExportLabels): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return [
        `*${item.type === 'single' ? labels.chooseOne : labels.chooseAll}*`,
        item.options.map((o, i) => `- ${optionLetter(i)}\\. ${mdBlock(o.text, INDENT)}`).join('\n'),
      ];
    case 'true-false':
      return [`- ☐ ${labels.trueLabel}\n- ☐ ${labels.falseLabel}`];
    case 'numeric':
      return [`${labels.answer}${labels.colon}${BLANK}${item.unit ? ` ${mdInline(item.unit)}` : ''}`];
    case 'short':
      return [`${labels.answer}${labels.colon}${BLANK}`];
    case 'cloze':
      return [
        clozeSegments(item)
          .map((s) => (s.kind === 'text' ? mdBlock(s.text) : `${BLANK}${labels.parens(String(s.number))}`))
          .join(''),
      ];
    case 'matching':
      return [`*${labels.matchHint}*`, matchingTable(item)];
    case 'ordering': {
      const byId = new Map(item.sequence.map((e) => [e.id, e]));
      const rows = displayOrder(item).map(
        (id, i) => `- ${BLANK} ${optionLetter(i)}\\. ${mdBlock(byId.get(id)?.text ?? '', INDENT)}`,
      );
      return [`*${labels.orderHint}*`, rows.join('\n')];
    }
  }
}

function matchingTable(item: Extract<Item, { type: 'matching' }>): string {
  const byId = new Map(item.pairs.map((p) => [p.id, p]));
  const right = rightOrder(item);
  const rows = item.pairs.map((pair, i) => {
    const other = byId.get(right[i] ?? '');
    return `| ${i + 1}\\. ${mdInline(pair.left)} | ${BLANK} | ${optionLetter(i)}\\. ${mdInline(other?.right ?? '')} |`;
  });
  return ['| | | |', '| --- | --- | --- |', ...rows].join('\n');
}
