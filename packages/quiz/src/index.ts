export * from './model-api.js';
export { DISTRACTOR_RULES, quizChecks, quizReport } from './report/quiz-report.js';
export type { QuizChecks, QuizReport } from './report/quiz-report.js';
export { reportMarkdown } from './report/report-markdown.js';
export {
  EXAM_HTML_CSP,
  QUIZ_HTML_CSP,
  QUIZ_SCHEMA_FILE,
  exportAnswerKey,
  exportExamHtml,
  exportExamKeyHtml,
  exportQuizAnki,
  exportQuizFiles,
  exportQuizGift,
  exportQuizHtml,
  exportQuizJson,
  exportQuizJsonSchema,
  exportQuizKahoot,
  exportQuizMarkdown,
  exportQuizMoodleXml,
  exportQuizQti,
  qtiPackageFiles,
} from './export/index.js';
export type { ExamPrintOptions, ExportOptions, ExportWarning, QuizMode } from './export/index.js';
