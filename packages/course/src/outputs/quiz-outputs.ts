import {
  exportAnswerKey,
  exportQuizAnki,
  exportQuizGift,
  exportQuizHtml,
  exportQuizJson,
  exportQuizJsonSchema,
  exportQuizKahoot,
  exportQuizMarkdown,
  exportQuizMoodleXml,
  exportQuizQti,
  type ItemBank,
  type LmsTarget,
  type Quiz,
  type QuizChecks,
  quizChecks,
  quizReport,
  reportMarkdown,
} from '@lectern/quiz';
import type { QuizFormat } from '../request/formats.js';
import type { FileData } from './output-files.js';

/** Which exporter writes which file, per format. */
const EXPORTERS: Record<
  QuizFormat,
  [file: string, exporter: (quiz: Quiz, lms?: LmsTarget) => FileData | Promise<FileData>][]
> = {
  json: [
    ['quiz.json', exportQuizJson],
    ['quiz.schema.json', () => exportQuizJsonSchema()],
  ],
  print: [
    ['quiz.md', exportQuizMarkdown],
    ['answer-key.md', exportAnswerKey],
  ],
  quizhtml: [
    ['quiz.html', (quiz) => exportQuizHtml(quiz)],
    ['quiz-exam.html', (quiz) => exportQuizHtml(quiz, { mode: 'exam' })],
  ],
  gift: [['quiz.gift.txt', exportQuizGift]],
  moodle: [['quiz.moodle.xml', (quiz, lms) => exportQuizMoodleXml(quiz, lms ? { lms } : {})]],
  qti: [['quiz.qti.zip', (quiz, lms) => exportQuizQti(quiz, lms ? { lms } : {})]],
  anki: [['quiz.anki.txt', exportQuizAnki]],
  kahoot: [['quiz.kahoot.xlsx', exportQuizKahoot]],
  // Printed by the browser: see `examFiles`.
  exam: [],
};

/**
 * How the quiz measures up to its blueprint: `quiz-report.json` and `quiz-report.md`.
 * @param checks `quizChecks` of the quiz's items, when the caller keeps them
 */
export function quizReportFiles(
  quiz: Quiz,
  bank: ItemBank,
  checks: QuizChecks = quizChecks(quiz.items, bank.blueprint.repeatFacts),
): [string, FileData][] {
  const report = quizReport(quiz, bank.blueprint, new Map(), checks);
  return [
    ['quiz-report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['quiz-report.md', reportMarkdown(report)],
  ];
}

/** The quiz files for the requested formats, paths relative to the quiz folder. */
export async function quizFiles(
  quiz: Quiz,
  formats: readonly QuizFormat[],
  lms?: LmsTarget,
): Promise<[string, FileData][]> {
  const files: [string, FileData][] = [];
  for (const format of formats) {
    for (const [file, exporter] of EXPORTERS[format]) files.push([file, await exporter(quiz, lms)]);
  }
  return files;
}
