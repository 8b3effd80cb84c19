import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@lectern/quiz', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ClozeGapSchema",
        "ClozeItemSchema",
        "DEFAULT_LMS",
        "ItemDifficultySchema",
        "ItemLevelSchema",
        "ItemLocationSchema",
        "ItemOptionSchema",
        "ItemOriginSchema",
        "ItemSchema",
        "ItemSourceSchema",
        "ItemTypeSchema",
        "LMS_TARGETS",
        "MatchingItemSchema",
        "MatchingPairSchema",
        "MultipleItemSchema",
        "NumericItemSchema",
        "OrderingEntrySchema",
        "OrderingItemSchema",
        "QUIZ_HTML_CSP",
        "QUIZ_SCHEMA_FILE",
        "QuizSchema",
        "QuizSectionSchema",
        "ShortItemSchema",
        "SingleItemSchema",
        "TrueFalseItemSchema",
        "assembleQuiz",
        "buildItemBank",
        "exportAnswerKey",
        "exportQuizAnki",
        "exportQuizFiles",
        "exportQuizGift",
        "exportQuizHtml",
        "exportQuizJson",
        "exportQuizJsonSchema",
        "exportQuizMarkdown",
        "exportQuizMoodleXml",
        "exportQuizQti",
        "findGiveaways",
        "lintItems",
        "lintRules",
        "lmsWarnings",
        "qtiPackageFiles",
        "toCheckpoints",
        "visualWidth",
      ]
    `);
  });
});
