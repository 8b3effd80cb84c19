import path from 'node:path';
import type { Finding } from '@lectern/narrative';
import { findingPosition } from '../report/format-finding.js';

/** One problem as the preview overlay shows it: where, how bad, what, and how to fix it. */
export interface OverlayProblem {
  where: string;
  severity: Finding['severity'];
  message: string;
  rule?: string;
  hint?: string;
}

/** A failed rebuild of one narrative, as sent to the open previews. */
export interface FailedBuild {
  narrative: string;
  problems: OverlayProblem[];
}

/**
 * The failed rebuilds the open previews should show, by narrative: set when a rebuild fails, cleared by the
 * next good build of that narrative. Errors come first; review marks and notes are left out. Places read
 * relative to the content folder (`mini/sections/01.md:2:1`).
 */
export class BuildStatus {
  private readonly failed = new Map<string, FailedBuild>();

  fail(narrative: string, dir: string, findings: readonly Finding[], error?: unknown): FailedBuild {
    const problems: OverlayProblem[] = findings
      .filter((f) => f.severity !== 'info')
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((f) => ({
        where: findingPosition(f, { dir, cwd: path.dirname(dir) }),
        severity: f.severity,
        message: f.message,
        rule: f.rule,
        ...(f.hint ? { hint: f.hint } : {}),
      }));
    if (problems.length === 0) {
      const message = error instanceof Error ? error.message : String(error ?? 'the build failed');
      problems.push({
        where: findingPosition(
          { rule: 'serve/build-failed', severity: 'error', message },
          { dir, cwd: path.dirname(dir) },
        ),
        severity: 'error',
        message,
      });
    }
    const failed = { narrative, problems };
    this.failed.set(narrative, failed);
    return failed;
  }

  /** True when the narrative had a failed build that this good one clears. */
  pass(narrative: string): boolean {
    return this.failed.delete(narrative);
  }

  current(): FailedBuild[] {
    return [...this.failed.values()];
  }
}
