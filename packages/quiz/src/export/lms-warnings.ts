import type { Quiz } from '../model/quiz.js';
import { DEFAULT_LMS, type LmsTarget, moodleHasOrdering } from './lms-target.js';

/** Something an export had to change for its target platform; the CLI shows it as a warning. */
export interface ExportWarning {
  rule: 'quiz/lms-ordering-as-matching' | 'quiz/lms-canvas-correct-responses';
  itemId: string;
  message: string;
}

/** What the chosen `--lms` target changes in the files, item by item. */
export function lmsWarnings(quiz: Quiz, lms: LmsTarget = DEFAULT_LMS): ExportWarning[] {
  return quiz.items.flatMap((item): ExportWarning[] => {
    if (item.type === 'ordering' && !moodleHasOrdering(lms))
      return [
        {
          rule: 'quiz/lms-ordering-as-matching',
          itemId: item.id,
          message: `${item.id}: ${lms} has no ordering question type (core from Moodle 4.4); exported as matching, position → entry`,
        },
      ];
    if (lms === 'canvas' && item.type === 'short' && item.answers.length > 1)
      return [
        {
          rule: 'quiz/lms-canvas-correct-responses',
          itemId: item.id,
          message: `${item.id}: Canvas reads no answer mapping; all ${item.answers.length} accepted answers are listed as correct responses`,
        },
      ];
    return [];
  });
}
