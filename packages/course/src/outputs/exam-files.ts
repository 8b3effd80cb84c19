import { type BrowserSession, renderPdf } from '@lectern/browser';
import { exportExamHtml, exportExamKeyHtml, type Quiz } from '@lectern/quiz';
import type { FileData } from './output-files.js';

// Note: an A4 page in CSS pixels; the exam's own `@page { size: A4 }` sets the paper, this only sizes the viewport.
const A4 = { width: 794, height: 1123 };

/** `exam.pdf` (questions and answer sheet) and `exam-key.pdf` of one quiz or form, printed by Chromium. */
export async function examFiles(quiz: Quiz, session: BrowserSession, form?: string): Promise<[string, FileData][]> {
  const options = form ? { form } : {};
  return [
    ['exam.pdf', await renderPdf(session, exportExamHtml(quiz, options), A4)],
    ['exam-key.pdf', await renderPdf(session, exportExamKeyHtml(quiz, options), A4)],
  ];
}
