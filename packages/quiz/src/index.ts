export * from './model-api.js';
export { DISTRACTOR_RULES, quizReport } from './report/quiz-report.js';
export type { QuizReport } from './report/quiz-report.js';
export { reportMarkdown } from './report/report-markdown.js';
export {
  QUIZ_HTML_CSP,
  QUIZ_SCHEMA_FILE,
  exportAnswerKey,
  exportQuizAnki,
  exportQuizFiles,
  exportQuizGift,
  exportQuizHtml,
  exportQuizJson,
  exportQuizJsonSchema,
  exportQuizMarkdown,
  exportQuizMoodleXml,
  exportQuizQti,
  qtiPackageFiles,
} from './export/index.js';
export type { ExportOptions, ExportWarning, QuizMode } from './export/index.js';
