import type { Quiz } from '../../model/quiz.js';
import { kahootRows } from './kahoot-rows.js';

/** Above the questions, as in Kahoot's template: a title, notes in our words, then the column headings in row 8. */
const HEAD: (string | number)[][] = [
  ['', 'Quiz template'],
  ['', 'Made by Lectern from the quiz: one question per row, two to four answers, a time limit, the correct answer.'],
  ['', 'Questions hold at most 120 characters and answers 75; items that do not fit are listed by `lectern build`.'],
  [],
  [],
  [],
  [],
  [
    '',
    'Question - max 120 characters',
    'Answer 1 - max 75 characters',
    'Answer 2 - max 75 characters',
    'Answer 3 - max 75 characters',
    'Answer 4 - max 75 characters',
    'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
    'Correct answer(s) - choose at least one',
  ],
];

/**
 * `quiz.kahoot.xlsx`: the quiz in Kahoot's quiz spreadsheet layout (headings in row 8, questions from row 9: number,
 * question, answers 1–4, time limit, correct answer numbers). Written with SheetJS, whose zip carries no dates,
 * so the same quiz gives the same bytes. Items the sheet cannot hold are left out (see `kahootWarnings`).
 */
export async function exportQuizKahoot(quiz: Quiz): Promise<Uint8Array> {
  // Note: loaded on use, so a build without the Kahoot format never loads SheetJS.
  const XLSX = await import('@e965/xlsx');
  const { rows } = kahootRows(quiz);
  const body = rows.map((r, i) => [
    i + 1,
    r.question,
    ...[0, 1, 2, 3].map((k) => r.answers[k] ?? ''),
    r.time,
    r.correct.join(','),
  ]);
  const sheet = XLSX.utils.aoa_to_sheet([...HEAD, ...body]);
  sheet['!cols'] = [
    { wch: 4 },
    { wch: 60 },
    { wch: 28 },
    { wch: 28 },
    { wch: 28 },
    { wch: 28 },
    { wch: 12 },
    { wch: 12 },
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(bytes);
}
