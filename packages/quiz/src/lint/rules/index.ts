import type { LintRule } from '../rule.js';
import { allNoneOfAbove } from './all-none-of-above.js';
import { answerGiveaway } from './answer-giveaway.js';
import { digitPermutation, impossibleValue, magnitudeBand } from './distractor-values.js';
import { duplicateOption } from './duplicate-option.js';
import { feedbackVerdict } from './feedback-verdict.js';
import { keyInStem } from './key-in-stem.js';
import { keyLonger } from './key-longer.js';
import { missingRationale } from './missing-rationale.js';
import { missingSource } from './missing-source.js';
import { mixedOptions } from './mixed-options.js';
import { negativeStem } from './negative-stem.js';
import { overlappingOptions } from './overlapping-options.js';
import { sharedWords } from './shared-words.js';
import { stemPrefixRule } from './stem-prefix.js';
import { unbalancedKeys } from './unbalanced-keys.js';

/** Every item-writing rule, in the order findings are reported. */
export const lintRules: readonly LintRule[] = [
  duplicateOption,
  overlappingOptions,
  allNoneOfAbove,
  keyLonger,
  unbalancedKeys,
  negativeStem,
  keyInStem,
  mixedOptions,
  missingRationale,
  missingSource,
  answerGiveaway,
  feedbackVerdict,
  digitPermutation,
  impossibleValue,
  magnitudeBand,
  sharedWords,
  stemPrefixRule,
];
