import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// Pins what @lectern/course, @lectern/analysis and the apps import from @lectern/quiz;
// other exports may change without breaking this test.
it('exposes the api the other packages use', () => {
  const used = [
    'ItemTypeSchema',
    'LMS_TARGETS',
    'QUIZ_RULES',
    'QuizSchema',
    'assembleQuiz',
    'buildItemBank',
    'exportAnswerKey',
    'exportQuizAnki',
    'exportQuizFiles',
    'exportQuizGift',
    'exportQuizHtml',
    'exportQuizJson',
    'exportQuizJsonSchema',
    'exportQuizMarkdown',
    'exportQuizMoodleXml',
    'exportQuizQti',
    'lintItems',
    'lmsWarnings',
    'quizReport',
    'reportMarkdown',
    'slidePrompt',
  ];
  expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
});
