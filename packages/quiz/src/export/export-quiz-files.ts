import type { Quiz } from '../model/quiz.js';
import { exportQuizAnki } from './anki-exporter.js';
import { exportQuizGift } from './gift-exporter.js';
import { exportQuizHtml } from './html-exporter.js';
import { exportAnswerKey } from './markdown-answer-key.js';
import { exportQuizMarkdown } from './markdown-quiz.js';
import type { ExportOptions } from './lms-target.js';
import { exportQuizMoodleXml } from './moodle-xml-exporter.js';
import { exportQuizQti } from './qti-package.js';
import { QUIZ_SCHEMA_FILE, exportQuizJson, exportQuizJsonSchema } from './quiz-json.js';

/** File name → contents for everything in `out/<narrative>/quiz/`, in a fixed order, shaped for `options.lms`. */
export function exportQuizFiles(quiz: Quiz, options: ExportOptions = {}): Record<string, string | Uint8Array> {
  return {
    'quiz.json': exportQuizJson(quiz),
    [QUIZ_SCHEMA_FILE]: exportQuizJsonSchema(),
    'quiz.md': exportQuizMarkdown(quiz),
    'answer-key.md': exportAnswerKey(quiz),
    'quiz.html': exportQuizHtml(quiz),
    'quiz-exam.html': exportQuizHtml(quiz, { mode: 'exam' }),
    'quiz.gift.txt': exportQuizGift(quiz),
    'quiz.moodle.xml': exportQuizMoodleXml(quiz, options),
    'quiz.qti.zip': exportQuizQti(quiz, options),
    'quiz.anki.txt': exportQuizAnki(quiz),
  };
}
