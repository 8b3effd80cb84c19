/** The platforms an export can be shaped for (`--lms`). */
export const LMS_TARGETS = ['moodle@4.4', 'moodle@4.1', 'canvas', 'generic'] as const;
export type LmsTarget = (typeof LMS_TARGETS)[number];

/** The default target: current Moodle, whose core has the ordering question type (since 4.4). */
export const DEFAULT_LMS: LmsTarget = 'moodle@4.4';

/** Options every exporter takes. */
export interface ExportOptions {
  /** Platform the files are shaped for. @default 'moodle@4.4' */
  lms?: LmsTarget;
}

/** Whether the target's Moodle has the core `ordering` question type (Moodle ≥ 4.4). */
export function moodleHasOrdering(lms: LmsTarget = DEFAULT_LMS): boolean {
  return lms !== 'moodle@4.1';
}
