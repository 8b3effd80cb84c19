import { cause } from './cause.js';
import { cloze } from './cloze.js';
import { compare } from './compare.js';
import type { Generator } from './generator.js';
import { keyPoint } from './key-point.js';
import { matching } from './matching.js';
import { numericChoice } from './numeric-choice.js';
import { numericEntry } from './numeric-entry.js';
import { ordering } from './ordering.js';
import { quoteMeaning } from './quote-meaning.js';
import { quoteSpeaker } from './quote-speaker.js';
import { sectionArgument } from './section-argument.js';
import { trend } from './trend.js';
import { trueFalse } from './true-false.js';

/**
 * Every item generator, in the order their items appear in the bank: those that test understanding (the argument
 * of a section, key points, causes, comparisons, trends, sequences, what a quote means) before those that test recall of a figure.
 */
export const generators: readonly Generator[] = [
  sectionArgument,
  keyPoint,
  cause,
  compare,
  trend,
  matching,
  ordering,
  quoteMeaning,
  quoteSpeaker,
  numericChoice,
  numericEntry,
  trueFalse,
  cloze,
];
