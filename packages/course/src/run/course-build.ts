import type { Finding } from '@lectern/narrative';
import type { OutputFiles } from '../outputs/output-files.js';
import type { CourseRun } from './course-run.js';

/** A build of one narrative, in memory. */
export interface CourseBuild {
  narrativeId: string;
  /** The model stage the outputs were rendered from. */
  run: CourseRun;
  /** Every output, by path under `out/<narrative-id>/`; empty when the findings hold an error. */
  files: OutputFiles;
  /** Top folders this build produced (`deck`, `deck-<cut>`, `quiz`). */
  folders: string[];
  slides: { cut: string; count: number }[];
  items: number;
  /** The same findings `check` reports (bank, quiz and deck linters). */
  findings: Finding[];
  /** Notes about the machine, not the content (browser formats skipped). */
  warnings: { message: string; hint?: string }[];
}
