import type { Quiz } from '../../model/quiz.js';
import { kahootRows } from './kahoot-rows.js';

/** The items `quiz.kahoot.xlsx` leaves out, each with its reason, as `quiz/kahoot-skipped` warnings. */
export function kahootWarnings(quiz: Quiz): { rule: 'quiz/kahoot-skipped'; itemId: string; message: string }[] {
  return kahootRows(quiz).skipped.map((s) => ({
    rule: 'quiz/kahoot-skipped',
    itemId: s.itemId,
    message: `${s.itemId}: not in quiz.kahoot.xlsx: ${s.reason}`,
  }));
}
