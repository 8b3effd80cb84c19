import { closest, type RuleEntry } from '@lectern/narrative';
import type { CommonFlags } from '../config/flags.js';
import { ExitCode, usageError } from '../errors.js';
import type { Io } from '../io.js';
import { Reporter } from '../report/reporter.js';
import { ALL_RULES } from '../rules/all-rules.js';

export interface ExplainInput extends Pick<CommonFlags, 'json'> {
  /** A rule id (`quiz/duplicate-id`); none lists every rule. */
  rule?: string;
}

function entryText(entry: RuleEntry): string {
  return [
    `${entry.rule}  (${entry.severity})`,
    entry.title,
    '',
    `  message: ${entry.message}`,
    `  hint:    ${entry.hint}`,
  ].join('\n');
}

/** The ids nearest to `rule`: by spelling (a legacy `DECK_UNKNOWN_CUT` finds `deck/unknown-cut`), else its scope's. */
function nearTo(rule: string): string[] {
  const ids = ALL_RULES.map((r) => r.rule);
  const spelled = closest(rule.replaceAll('_', '-'), ids);
  if (spelled.length > 0) return spelled;
  const scope = `${rule.split('/')[0]!.toLowerCase()}/`;
  return ids.filter((id) => id.startsWith(scope));
}

/**
 * `lectern explain [rule]`: the catalog entry of a finding rule or error code (title, severity, the shape of its
 * message, the hint), or every rule with its title. `--json` prints the entries as declared. An unknown id is a
 * usage error naming the closest ids.
 */
export async function explain(input: ExplainInput, io: Io): Promise<number> {
  const reporter = new Reporter(io, { json: input.json === true });
  if (input.rule === undefined) {
    reporter.result(ALL_RULES);
    const width = Math.max(...ALL_RULES.map((r) => r.rule.length));
    for (const r of ALL_RULES) reporter.info(`${r.rule.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}`);
    return ExitCode.Ok;
  }
  const entry = ALL_RULES.find((r) => r.rule === input.rule);
  if (!entry) {
    const near = nearTo(input.rule);
    throw usageError(
      `no rule or error code "${input.rule}"`,
      near.length > 0
        ? `did you mean ${near.join(', ')}? (\`lectern explain\` lists them all)`
        : 'run `lectern explain` for the list',
    );
  }
  reporter.result(entry);
  reporter.info(entryText(entry));
  return ExitCode.Ok;
}
