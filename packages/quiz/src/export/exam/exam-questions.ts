import type { Item } from '../../model/item.js';
import type { Quiz } from '../../model/quiz.js';
import { clozeSegments } from '../cloze-segments.js';
import { displayOrder, rightOrder } from '../correct-answer.js';
import type { ExportLabels } from '../labels.js';
import { optionLetter } from '../numbers.js';
import { escapeHtml, textToHtml } from '../text-safety.js';

const LINE = '<span class="line"></span>';

/** The numbered questions, under their section headings; numbering runs on across sections. */
export function examQuestions(quiz: Quiz, labels: ExportLabels): string {
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  const parts: string[] = [];
  let open: string | undefined;
  quiz.items.forEach((item, index) => {
    if (item.source.sectionId !== open) {
      if (open !== undefined) parts.push('</ol>');
      open = item.source.sectionId;
      const section = sections.get(open);
      if (section) parts.push(`<h2>${escapeHtml(`${section.number} ${section.title}`.trim())}</h2>`);
      parts.push(`<ol class="questions" start="${index + 1}">`);
    }
    parts.push(`<li>${questionBody(item, labels)}</li>`);
  });
  if (open !== undefined) parts.push('</ol>');
  return parts.join('\n');
}

function questionBody(item: Item, labels: ExportLabels): string {
  const stem = `<div class="stem">${textToHtml(item.stem)}</div>`;
  const hint = (text: string) => `<div class="hint">${escapeHtml(text)}</div>`;
  switch (item.type) {
    case 'single':
    case 'multiple':
      return `${stem}${hint(item.type === 'single' ? labels.chooseOne : labels.chooseAll)}${options(item.options.map((o) => o.text))}`;
    case 'true-false':
      return `${stem}${options([labels.trueLabel, labels.falseLabel])}`;
    case 'numeric':
    case 'short':
      return stem;
    case 'cloze': {
      const text = clozeSegments(item)
        .map((s) => (s.kind === 'text' ? textToHtml(s.text) : `${LINE}${escapeHtml(labels.parens(String(s.number)))}`))
        .join('');
      return `${stem}<div class="stem">${text}</div>`;
    }
    case 'matching': {
      const byId = new Map(item.pairs.map((p) => [p.id, p]));
      const rows = rightOrder(item).map((id, i) => {
        const left = item.pairs[i]?.left ?? '';
        return `<tr><td>${i + 1}. ${escapeHtml(left)}</td><td>${optionLetter(i)}. ${escapeHtml(byId.get(id)?.right ?? '')}</td></tr>`;
      });
      return `${stem}${hint(labels.matchHint)}<table>${rows.join('')}</table>`;
    }
    case 'ordering': {
      const byId = new Map(item.sequence.map((e) => [e.id, e]));
      return `${stem}${hint(labels.orderHint)}${options(displayOrder(item).map((id) => byId.get(id)?.text ?? ''))}`;
    }
  }
}

function options(texts: readonly string[]): string {
  return `<ol class="options">${texts.map((t) => `<li>${textToHtml(t)}</li>`).join('')}</ol>`;
}
