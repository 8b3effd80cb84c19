// The model half of the quiz: items and their schemas, the bank, assembly and lint, without the exporters
// (handlebars, xmlbuilder2, fflate). `check` loads only this; the index re-exports all of it.
export {
  ClozeGapSchema,
  ClozeItemSchema,
  ItemDifficultySchema,
  ItemLevelSchema,
  ItemLocationSchema,
  ItemOptionSchema,
  ItemOriginSchema,
  ItemSchema,
  ItemSourceSchema,
  ItemTypeSchema,
  MatchingItemSchema,
  MatchingPairSchema,
  MultipleItemSchema,
  NumericItemSchema,
  OrderingEntrySchema,
  OrderingItemSchema,
  ShortItemSchema,
  SingleItemSchema,
  TrueFalseItemSchema,
} from './model/item.js';
export type {
  ChoiceItem,
  ClozeGap,
  ClozeItem,
  Item,
  ItemDifficulty,
  ItemLevel,
  ItemLocation,
  ItemOption,
  ItemOrigin,
  ItemSource,
  ItemType,
  MatchingItem,
  MatchingPair,
  MultipleItem,
  NumericItem,
  OrderingEntry,
  OrderingItem,
  ShortItem,
  SingleItem,
  TrueFalseItem,
} from './model/item.js';
export { QuizSchema, QuizSectionSchema } from './model/quiz.js';
export type { Quiz, QuizSection } from './model/quiz.js';
export { buildItemBank } from './bank/build-item-bank.js';
export { GeneratorMemo } from './bank/generator-memo.js';
export type { BankOptions, ItemBank } from './bank/build-item-bank.js';
export { assembleQuiz } from './assembly/assemble-quiz.js';
export type { AssembleOptions } from './assembly/assemble-quiz.js';
export { MAX_FORMS, assembleForms } from './assembly/parallel-forms.js';
export type { ParallelForms } from './assembly/parallel-forms.js';
export type { DifficultyMix } from './assembly/difficulty-targets.js';
export { findGiveaways } from './assembly/giveaway.js';
export type { Giveaway, GiveawayOptions } from './assembly/giveaway.js';
export { DEFAULT_QUIZ_COUNT, blueprintOf } from './assembly/blueprint.js';
export type { Blueprint } from './assembly/blueprint.js';
export { acceptsShortAnswer, matchesPattern, normalizeAnswer } from './util/answer-match.js';
export { stemPrefix } from './lint/rules/stem-prefix.js';
export { QUIZ_RULES } from './lint/quiz-rules.js';
export type { QuizRule } from './lint/quiz-rules.js';
export { lintItems } from './lint/lint-items.js';
export type { LintOptions } from './lint/lint-items.js';
export { lintRules } from './lint/rules/index.js';
export type { LintRule } from './lint/rule.js';
export { slidePrompt } from './checkpoints/slide-prompt.js';
export type { SlidePrompt } from './checkpoints/slide-prompt.js';
export { visualWidth } from './util/visual-width.js';
export { DEFAULT_LMS, LMS_TARGETS } from './export/lms-target.js';
export type { LmsTarget } from './export/lms-target.js';
export { lmsWarnings } from './export/lms-warnings.js';
export { KAHOOT_LIMITS, kahootRows } from './export/kahoot/kahoot-rows.js';
export type { KahootRow, KahootSkip } from './export/kahoot/kahoot-rows.js';
export { kahootWarnings } from './export/kahoot/kahoot-warnings.js';
