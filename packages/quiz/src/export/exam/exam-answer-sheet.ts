import type { Item } from '../../model/item.js';
import type { Quiz } from '../../model/quiz.js';
import type { ExportLabels } from '../labels.js';
import { optionLetter } from '../numbers.js';
import { escapeHtml } from '../text-safety.js';
import type { ExamLabels } from './exam-labels.js';

const bubble = (text: string) => `<span class="bubble">${escapeHtml(text)}</span>`;
const line = '<span class="line"></span>';
const boxes = (n: number) => '<span class="box"></span>'.repeat(n);

/** The answer sheet: its own page, one entry per question, bubbles for choices and lines for the rest. */
export function examAnswerSheet(quiz: Quiz, header: string, labels: ExportLabels, exam: ExamLabels): string {
  const rows = quiz.items.map((item) => `<li>${sheetEntry(item, labels, exam)}</li>`);
  return `<section class="sheet">
<header>${header}</header>
<h2>${escapeHtml(exam.answerSheet)}</h2><p class="intro">${escapeHtml(exam.answerSheetIntro)}</p>
<ol>${rows.join('\n')}</ol>
</section>`;
}

function sheetEntry(item: Item, labels: ExportLabels, exam: ExamLabels): string {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.map((_, i) => bubble(optionLetter(i))).join('');
    case 'true-false':
      return `${bubble('A')}${escapeHtml(labels.trueLabel)} ${bubble('B')}${escapeHtml(labels.falseLabel)}`;
    case 'numeric':
      return `${line}${item.unit ? ` ${escapeHtml(item.unit)}` : ''}`;
    case 'short':
      return line;
    case 'cloze':
      return item.gaps.map((_, i) => `${escapeHtml(labels.parens(String(i + 1)).trim())} ${line}`).join(' ');
    case 'matching':
      return item.pairs.map((_, i) => `${i + 1} → <span class="box"></span>`).join(' ');
    case 'ordering':
      return `${boxes(item.sequence.length)} <span class="hint">${escapeHtml(exam.writeLetters)}</span>`;
  }
}
