import type { Finding } from '@lectern/narrative';
import { kahootWarnings, type LmsTarget, lmsWarnings, type Quiz } from '@lectern/quiz/model';
import type { QuizFormat } from '../request/formats.js';

/**
 * What the `--lms` target changed in the Moodle and QTI files, and which items the Kahoot sheet leaves out, as
 * warnings (none for other formats).
 */
export function lmsFindings(quiz: Quiz, formats: readonly QuizFormat[], lms?: LmsTarget): Finding[] {
  const warnings = [
    ...(formats.includes('moodle') || formats.includes('qti') ? lmsWarnings(quiz, lms) : []),
    ...(formats.includes('kahoot') ? kahootWarnings(quiz) : []),
  ];
  return warnings.map((w) => ({ rule: w.rule, severity: 'warning' as const, message: w.message }));
}
