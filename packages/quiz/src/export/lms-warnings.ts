import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { DEFAULT_LMS, type LmsTarget, moodleHasOrdering } from './lms-target.js';

/** Something an export had to change for its target platform; the CLI shows it as a warning. */
export interface ExportWarning {
  rule: 'quiz/lms-ordering-as-matching' | 'quiz/lms-canvas-correct-responses' | 'quiz/lms-canvas-patterns';
  itemId: string;
  message: string;
}

/** What the chosen `--lms` target changes in the files, item by item. */
export function lmsWarnings(quiz: Quiz, lms: LmsTarget = DEFAULT_LMS): ExportWarning[] {
  return quiz.items.flatMap((item) => itemWarnings(item, lms));
}

function itemWarnings(item: Item, lms: LmsTarget): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const warn = (rule: ExportWarning['rule'], message: string) =>
    warnings.push({ rule, itemId: item.id, message: `${item.id}: ${message}` });
  if (item.type === 'ordering' && !moodleHasOrdering(lms))
    warn(
      'quiz/lms-ordering-as-matching',
      `${lms} has no ordering question type (core from Moodle 4.4); exported as matching, position → entry`,
    );
  if (lms === 'canvas' && item.type === 'short') {
    if (item.answers.length > 1)
      warn(
        'quiz/lms-canvas-correct-responses',
        `Canvas reads no answer mapping; all ${item.answers.length} accepted answers are listed as correct responses`,
      );
    // Note: Canvas imports exact answers only; the QTI patternMatch it skips is still in the file for other players.
    if (item.patterns?.length)
      warn(
        'quiz/lms-canvas-patterns',
        `Canvas grades short answers on exact text only, so the pattern(s) ${item.patterns.join(', ')} are not graded there; list the answers you accept under \`accept:\``,
      );
  }
  return warnings;
}
