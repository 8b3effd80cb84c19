import type { Finding } from '@lectern/narrative';
import { type LmsTarget, lmsWarnings, type Quiz } from '@lectern/quiz/model';
import type { QuizFormat } from '../request/formats.js';

/** What the `--lms` target changed in the Moodle and QTI files, as warnings (none for other formats). */
export function lmsFindings(quiz: Quiz, formats: readonly QuizFormat[], lms?: LmsTarget): Finding[] {
  if (!formats.includes('moodle') && !formats.includes('qti')) return [];
  return lmsWarnings(quiz, lms).map((w) => ({ rule: w.rule, severity: 'warning' as const, message: w.message }));
}
