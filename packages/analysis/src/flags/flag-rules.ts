/** Thresholds that turn statistics into flags; the defaults follow common classroom-test practice. */
export interface FlagThresholds {
  /** p above this: too easy. @default 0.9 */
  tooEasy: number;
  /** p below this: too hard. @default 0.2 */
  tooHard: number;
  /** Corrected point-biserial below this: low discrimination. @default 0.2 */
  lowDiscrimination: number;
  /** A distractor chosen by fewer than this share does not function. @default 0.05 */
  distractor: number;
  /** Fewer learners than this: every figure is shaky. @default 30 */
  fewLearners: number;
}

export const DEFAULT_THRESHOLDS: FlagThresholds = {
  tooEasy: 0.9,
  tooHard: 0.2,
  lowDiscrimination: 0.2,
  distractor: 0.05,
  fewLearners: 30,
};

/** Every flag rule, once: id, severity, what it says and what to do about it. */
export const FLAG_RULES = {
  'analysis/too-easy': {
    severity: 'warning',
    title: 'An item nearly everyone answers right',
    message: '{item}: p = {p} (above {tooEasy})',
    hint: 'make the distractors more plausible, or keep it as a warm-up',
  },
  'analysis/too-hard': {
    severity: 'warning',
    title: 'An item nearly everyone answers wrong',
    message: '{item}: p = {p} (below {tooHard})',
    hint: 'check the key, the wording and whether the slide teaches it',
  },
  'analysis/negative-discrimination': {
    severity: 'error',
    title: 'An item strong learners miss more often than weak ones',
    message: '{item}: r = {rpb}, D = {d}',
    hint: 'strong learners miss it more than weak ones: check the key and look for a second defensible answer',
  },
  'analysis/low-discrimination': {
    severity: 'warning',
    title: 'An item that barely separates strong from weak learners',
    message: '{item}: r = {rpb} (below {lowDiscrimination})',
    hint: 'the item barely separates strong from weak learners: sharpen the stem or the distractors',
  },
  'analysis/non-functioning-distractor': {
    severity: 'info',
    title: 'A distractor almost nobody chooses',
    message: '{item}: “{option}” chosen by {rate} %',
    hint: 'almost nobody chooses it: replace it with a mistake learners actually make',
  },
  'analysis/distractor-attracts-upper': {
    severity: 'warning',
    title: 'A distractor the strong learners prefer',
    message: '{item}: “{option}”: upper group {upper} %, lower {lower} %',
    hint: 'the upper group prefers this distractor to the lower group: it may be right too, or the key wrong',
  },
  'analysis/few-learners': {
    severity: 'info',
    title: 'Too few learners for firm figures',
    message: 'only {learners} learners (fewer than {fewLearners})',
    hint: 'collect more results before changing items',
  },
} as const;

export type FlagRuleId = keyof typeof FLAG_RULES;
export type FlagSeverity = (typeof FLAG_RULES)[FlagRuleId]['severity'];

/** One finding about an item (or the test when `itemId` is absent). */
export interface AnalysisFlag {
  rule: FlagRuleId;
  severity: FlagSeverity;
  itemId?: string;
  message: string;
  hint: string;
}
