import type { BuildFlags } from '../config/flags.js';
import { resolveBuildOptions } from '../config/resolve-options.js';
import { ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { recoverAllOutputs } from '../output/recover-outputs.js';
import { buildAll } from '../pipeline/build-all.js';
import { buildJson, formatBuildLine } from '../report/build-summary.js';
import { Reporter } from '../report/reporter.js';

export interface BuildInput extends BuildFlags {}

/**
 * `lectern build` (and `deck` / `quiz` with `only`): every output of each narrative into `--out`,
 * written atomically. Exit 1 when content or linter errors were found.
 */
export async function build(input: BuildInput, io: Io, only?: 'deck' | 'quiz'): Promise<number> {
  const options = await resolveBuildOptions(input, io, only);
  await recoverAllOutputs(options.out);
  const reporter = new Reporter(io, options);
  const outcomes = await buildAll(options, reporter, io.env);
  reporter.findings(outcomes);
  for (const outcome of outcomes) {
    for (const w of outcome.build?.warnings ?? []) reporter.warn(`${outcome.id}: ${w.message}`, w.hint);
    reporter.info(formatBuildLine(outcome, reporter.colors).trimEnd());
  }
  if (outcomes.some((o) => o.findings.length > 0)) reporter.summary(outcomes);
  reporter.result(buildJson(outcomes, options.out));
  return outcomes.every((o) => o.ok) ? ExitCode.Ok : ExitCode.Failure;
}

/** `lectern deck`: the deck half of build. */
export function deck(input: BuildInput, io: Io): Promise<number> {
  return build(input, io, 'deck');
}

/** `lectern quiz`: the quiz half of build. */
export function quiz(input: BuildInput, io: Io): Promise<number> {
  return build(input, io, 'quiz');
}
