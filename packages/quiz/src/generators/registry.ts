import { cloze } from './cloze.js';
import type { Generator } from './generator.js';
import { matching } from './matching.js';
import { numericChoice } from './numeric-choice.js';
import { numericEntry } from './numeric-entry.js';
import { ordering } from './ordering.js';
import { trueFalse } from './true-false.js';

/** Every item generator, in the order their items appear in the bank. */
export const generators: readonly Generator[] = [numericChoice, numericEntry, matching, ordering, trueFalse, cloze];
