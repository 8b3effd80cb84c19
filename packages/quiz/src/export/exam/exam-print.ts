import { formSuffix } from '../../assembly/parallel-forms.js';
import type { Quiz } from '../../model/quiz.js';
import { correctAnswerLines } from '../correct-answer.js';
import { labelsFor } from '../labels.js';
import { learnerSourceLabel } from '../source-label.js';
import { escapeHtml } from '../text-safety.js';
import { examAnswerSheet } from './exam-answer-sheet.js';
import { examDocument, examHeader } from './exam-document.js';
import { examLabelsFor } from './exam-labels.js';
import { examQuestions } from './exam-questions.js';

export interface ExamPrintOptions {
  /** The form's letter (`A`, `B`…) shown beside the title; a title ending in the form's suffix loses it. */
  form?: string;
}

function heading(quiz: Quiz, form: string | undefined): string {
  const suffix = form ? formSuffix(quiz.language, form) : '';
  return suffix && quiz.title.endsWith(suffix) ? quiz.title.slice(0, -suffix.length) : quiz.title;
}

/**
 * The printed exam as one HTML page for Chromium to print (A4): a header with the title, the form and lines for
 * name, class, date and score; the numbered questions by section; then the answer sheet on a page of its own.
 * No answers; no script; content escaped.
 */
export function exportExamHtml(quiz: Quiz, options: ExamPrintOptions = {}): string {
  const labels = labelsFor(quiz.language);
  const exam = examLabelsFor(quiz.language);
  const title = heading(quiz, options.form);
  const badge = options.form ? exam.form(options.form) : undefined;
  const header = examHeader(title, badge, [exam.name, exam.group, exam.date, exam.score]);
  const body = `<header>${header}<p class="intro">${escapeHtml(exam.intro(quiz.items.length))}</p></header>
<main>
${examQuestions(quiz, labels)}
</main>
${examAnswerSheet(quiz, examHeader(title, badge, [exam.name, exam.group]), labels, exam)}`;
  return examDocument(quiz.language, quiz.title, body);
}

/** The answer key of a printed exam, as its own HTML page: per question number the answer, source and slide. */
export function exportExamKeyHtml(quiz: Quiz, options: ExamPrintOptions = {}): string {
  const labels = labelsFor(quiz.language);
  const exam = examLabelsFor(quiz.language);
  const badge = options.form ? exam.form(options.form) : undefined;
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  const rows = quiz.items.map((item, i) => {
    const answer = correctAnswerLines(item, labels).map(escapeHtml).join('<br>');
    const source = escapeHtml(learnerSourceLabel(item, sections.get(item.source.sectionId), labels));
    return `<tr><td>${i + 1}</td><td>${answer}</td><td>${source}</td><td>${item.slide ?? ''}</td></tr>`;
  });
  const body = `<header>${examHeader(`${heading(quiz, options.form)} · ${exam.answerKey}`, badge, [])}<p class="notice">${escapeHtml(exam.keyNotice)}</p></header>
<table class="key"><thead><tr><th>${escapeHtml(exam.number)}</th><th>${escapeHtml(exam.answer)}</th><th>${escapeHtml(exam.source)}</th><th>${escapeHtml(exam.slide)}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
  return examDocument(quiz.language, `${quiz.title} · ${exam.answerKey}`, body);
}
