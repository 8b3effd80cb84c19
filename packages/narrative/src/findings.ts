import type { SourceLocation } from './model.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in content, as data (after unified's VFileMessage). `rule` is a stable id such as
 * `yaml/syntax`, `schema/required`, `ref/dangling`, `deck/overflow`, `quiz/duplicate-option`.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** Where; `file` relative to the narrative folder. Absent for problems with no place. */
  loc?: SourceLocation;
  /** Which narrative, when several are checked at once. */
  narrative?: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Orders findings by file, line, column, then rule, so output is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.loc?.file ?? '').localeCompare(b.loc?.file ?? '') ||
      (a.loc?.line ?? 0) - (b.loc?.line ?? 0) ||
      (a.loc?.column ?? 0) - (b.loc?.column ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}
