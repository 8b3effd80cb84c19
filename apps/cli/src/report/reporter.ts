import type { Finding } from '@lectern/narrative';
import { sortFindings } from '@lectern/narrative';
import type { Io } from '../io.js';
import { type Colors, colorsFor } from './colors.js';
import { formatFinding } from './format-finding.js';
import { countFindings, type FindingCounts, formatSummary } from './summary.js';

/** The rule of the marks `lectern import` leaves on drafted values (see @lectern/narrative's review-marks). */
export const REVIEW_RULE = 'import/review';

/** Findings of one narrative folder, as commands collect them. */
export interface NarrativeFindings {
  /** Narrative id, when it could be read. */
  id?: string;
  /** Absolute narrative folder. */
  dir: string;
  findings: Finding[];
}

/** The one place that prints findings, summaries and notes; everything a command says goes through here. */
export class Reporter {
  readonly colors: Colors;

  constructor(
    private readonly io: Io,
    private readonly options: { json?: boolean; quiet?: boolean; review?: boolean } = {},
  ) {
    this.colors = colorsFor(io);
  }

  get json(): boolean {
    return this.options.json === true;
  }

  /**
   * Every finding of each narrative, sorted, to stderr (stdout stays free for --json). The `# review:` marks
   * `lectern import` leaves are listed only with the `review` option; otherwise one note counts them.
   */
  findings(groups: readonly NarrativeFindings[]): void {
    if (this.json) return;
    let hidden = 0;
    for (const group of groups) {
      for (const finding of sortFindings(group.findings)) {
        if (finding.rule === REVIEW_RULE && !this.options.review) {
          hidden++;
          continue;
        }
        this.io.stderr(formatFinding(finding, { dir: group.dir, cwd: this.io.cwd }, this.colors));
      }
    }
    if (hidden > 0 && !this.options.quiet) {
      this.io.stderr(
        `${this.colors.blue('ℹ')} ${hidden} drafted value${hidden === 1 ? '' : 's'} marked \`# review:\` to verify; \`lectern check --review\` lists them\n`,
      );
    }
  }

  summary(groups: readonly NarrativeFindings[]): FindingCounts {
    const counts = countFindings(groups.flatMap((g) => g.findings));
    if (!this.json) this.io.stderr(formatSummary(counts, groups.length, this.colors));
    return counts;
  }

  /** A line of progress or result; silent under --quiet and --json. */
  info(text: string): void {
    if (!this.json && !this.options.quiet) this.io.stdout(`${text}\n`);
  }

  /** Progress for slow steps: only on a terminal, never under --quiet or --json. */
  progress(text: string): void {
    if (this.io.isTTY && !this.json && !this.options.quiet) this.io.stderr(`${this.colors.dim(text)}\n`);
  }

  /** A warning that is not a content finding (e.g. a skipped format); shown even under --quiet. */
  warn(text: string, hint?: string): void {
    if (this.json) return;
    const c = this.colors;
    this.io.stderr(`${c.yellow('warning')}  ${text}\n${hint ? `    ${c.dim('hint:')} ${hint}\n` : ''}`);
  }

  /** The machine-readable result, one JSON document on stdout. */
  result(value: unknown): void {
    if (this.json) this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }
}

/** JSON form of findings with the narrative they belong to. */
export function findingsJson(groups: readonly NarrativeFindings[]): unknown {
  return groups.map((g) => ({ id: g.id ?? null, dir: g.dir, findings: sortFindings(g.findings) }));
}
