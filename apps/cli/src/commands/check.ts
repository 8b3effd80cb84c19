import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CourseBuilder } from '@lectern/course';
import { type Finding, hasErrors, type Narrative } from '@lectern/narrative';
import type { BuildFlags } from '../config/flags.js';
import { resolveCheckOptions } from '../config/resolve-options.js';
import { cutsAsUsage, ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { loadAll } from '../pipeline/load.js';
import { findingsJson, Reporter } from '../report/reporter.js';

export interface CheckInput extends BuildFlags {
  /** Narrative folders or ids; none = every narrative under the content folder. */
  narratives?: string[];
  /** An analysis.json from `lectern analyze`: its flags are shown next to the items. */
  analysis?: string;
  /** List the `# review:` marks `lectern import` left (otherwise only counted). */
  review?: boolean;
}

/** The analysis flags of `narrative`'s quiz as findings at each item (generated items: their first paragraph). */
async function flagsOf(file: string, narrative: Narrative, cwd: string): Promise<Finding[]> {
  const { analysisFindings, readAnalysis } = await import('@lectern/analysis');
  const analysis = readAnalysis(await readFile(path.resolve(cwd, file), 'utf8'), file);
  if (analysis.quiz && analysis.quiz.narrativeId !== narrative.id) return [];
  const paragraphs = new Map(narrative.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p.loc])));
  return analysisFindings(analysis, (item) => paragraphs.get(item.paragraphIds?.[0] ?? '')).map((f) => ({
    ...f,
    narrative: narrative.id,
  }));
}

/**
 * `lectern check`: loads and validates each narrative, then runs the build's model stage on the valid
 * ones (item bank, quiz, checkpoints and every cut's deck, with the same seed, quiz settings and cuts
 * `build` would use) and reports its findings, exactly those `build` would report, plus the flags of an
 * `--analysis` file. Nothing is rendered or written. Review marks are listed only with `review`.
 * Exit 1 when any error was found.
 */
export async function check(input: CheckInput, io: Io): Promise<number> {
  const options = await resolveCheckOptions(input, io);
  const reporter = new Reporter(io, { json: options.json, quiet: options.quiet, review: input.review === true });
  const loaded = await loadAll(options.narrativeDirs);
  for (const entry of loaded) {
    if (!entry.narrative || hasErrors(entry.findings)) continue;
    const narrative = entry.narrative;
    entry.findings.push(...(await cutsAsUsage(() => new CourseBuilder().check(narrative, options))).findings);
    if (input.analysis) entry.findings.push(...(await flagsOf(input.analysis, narrative, io.cwd)));
  }
  reporter.findings(loaded);
  const counts = reporter.summary(loaded);
  reporter.result({ ok: counts.errors === 0, summary: counts, narratives: findingsJson(loaded) });
  return counts.errors > 0 ? ExitCode.Failure : ExitCode.Ok;
}
