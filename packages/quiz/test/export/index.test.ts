import { describe, expect, it } from 'vitest';
import * as api from '../../src/export/index.js';
import { sampleQuiz } from '../fixtures/export/sample-quiz.js';

describe('export api', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_LMS',
      'EXAM_HTML_CSP',
      'LMS_TARGETS',
      'QUIZ_HTML_CSP',
      'QUIZ_SCHEMA_FILE',
      'exportAnswerKey',
      'exportExamHtml',
      'exportExamKeyHtml',
      'exportQuizAnki',
      'exportQuizFiles',
      'exportQuizGift',
      'exportQuizHtml',
      'exportQuizJson',
      'exportQuizJsonSchema',
      'exportQuizKahoot',
      'exportQuizMarkdown',
      'exportQuizMoodleXml',
      'exportQuizQti',
      'lmsWarnings',
      'qtiPackageFiles',
    ]);
  });

  it('writes every file of out/<narrative>/quiz/, byte-identical on a second run', { timeout: 120_000 }, () => {
    const a = api.exportQuizFiles(sampleQuiz());
    const b = api.exportQuizFiles(sampleQuiz());
    expect(Object.keys(a)).toEqual([
      'quiz.json',
      'quiz.schema.json',
      'quiz.md',
      'answer-key.md',
      'quiz.html',
      'quiz-exam.html',
      'quiz.gift.txt',
      'quiz.moodle.xml',
      'quiz.qti.zip',
      'quiz.anki.txt',
    ]);
    for (const name of Object.keys(a)) expect(Buffer.from(a[name]!)).toEqual(Buffer.from(b[name]!));
  });
});
