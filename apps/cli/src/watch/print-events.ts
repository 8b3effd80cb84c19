import path from 'node:path';
import type { Reporter } from '../report/reporter.js';
import { systemErrorAsUserError } from '../report/system-error.js';
import type { Watcher } from './start-watch.js';

/** Prints what each rebuild did, and the findings of invalid content, through the reporter. */
export function printWatchEvents(watcher: Watcher, reporter: Reporter, cwd: string): void {
  const c = reporter.colors;
  watcher.on('rebuilt', (e) => {
    if (e.findings.length > 0) reporter.findings([{ id: e.narrativeId, dir: e.dir, findings: e.findings }]);
    const cause =
      e.changes.length > 0 ? ` after ${e.changes.map((f) => path.relative(cwd, f)).join(', ')} changed` : '';
    const what =
      e.folders.length > 0 ? `rebuilt ${e.folders.join(', ')} (${e.files.length} files)` : 'no output changed';
    reporter.info(`${c.green('✔')} ${c.bold(e.narrativeId)}  ${what}${cause}  ${c.dim(`${Math.round(e.ms)}ms`)}`);
  });
  watcher.on('error', (e) => {
    if (e.error !== undefined) {
      const known = systemErrorAsUserError(e.error);
      const message = (known ?? e.error) instanceof Error ? (known ?? (e.error as Error)).message : String(e.error);
      reporter.warn(
        `${e.narrativeId}: build failed: ${message}`,
        `${known?.hint ? `${known.hint}; ` : ''}the previous output is kept; fix the problem and save again`,
      );
      return;
    }
    reporter.findings([{ id: e.narrativeId, dir: e.dir, findings: e.findings }]);
    reporter.summary([{ id: e.narrativeId, dir: e.dir, findings: e.findings }]);
    reporter.info(
      `${c.yellow('…')} ${c.bold(e.narrativeId)}  not rebuilt; the previous output is kept. Waiting for the next save.`,
    );
  });
}
