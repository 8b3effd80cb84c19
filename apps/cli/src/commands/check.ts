import { hasErrors } from '@lectern/narrative';
import type { CommonFlags } from '../config/flags.js';
import { resolveBase } from '../config/resolve-options.js';
import { ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { lintNarrative } from '../pipeline/lint-narrative.js';
import { loadAll } from '../pipeline/load.js';
import { findingsJson, Reporter } from '../report/reporter.js';

export interface CheckInput extends CommonFlags {
  /** Narrative folders or ids; none = every narrative under the content folder. */
  narratives?: string[];
}

/**
 * `lectern check`: loads and validates each narrative, then runs the deck and quiz linters on the
 * valid ones. Prints every finding and a summary. Exit 1 when any error was found.
 */
export async function check(input: CheckInput, io: Io): Promise<number> {
  const options = await resolveBase(input, io);
  const reporter = new Reporter(io, options);
  const loaded = await loadAll(options.narrativeDirs);
  for (const entry of loaded) {
    if (entry.narrative && !hasErrors(entry.findings)) entry.findings.push(...lintNarrative(entry.narrative));
  }
  reporter.findings(loaded);
  const counts = reporter.summary(loaded);
  reporter.result({ ok: counts.errors === 0, summary: counts, narratives: findingsJson(loaded) });
  return counts.errors > 0 ? ExitCode.Failure : ExitCode.Ok;
}
