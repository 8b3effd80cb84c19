export { exportQuizFiles } from './export-quiz-files.js';
export { exportQuizGift } from './gift-exporter.js';
export { QUIZ_HTML_CSP, exportQuizHtml } from './html-exporter.js';
export { exportAnswerKey } from './markdown-answer-key.js';
export { exportQuizMarkdown } from './markdown-quiz.js';
export { exportQuizMoodleXml } from './moodle-xml-exporter.js';
export { exportQuizQti, qtiPackageFiles } from './qti-package.js';
export { QUIZ_SCHEMA_FILE, exportQuizJson, exportQuizJsonSchema } from './quiz-json.js';
