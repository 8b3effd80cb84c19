import { DEFAULT_THRESHOLDS, type AnalysisFlag, type FlagThresholds } from './flags/flag-rules.js';
import { flagItems } from './flags/flag-items.js';
import type { AnalysisItem, ResponseMatrix } from './response-matrix.js';
import { extremeGroups } from './stats/extreme-groups.js';
import { type ItemStatistics, itemStatistics } from './stats/item-statistics.js';
import { type TestStatistics, testStatistics } from './stats/reliability.js';
import { learnerTotals } from './stats/totals.js';

/** The result of `analyzeResponses`: what `analysis.json` holds. */
export interface Analysis {
  format: 'lectern-analysis';
  version: 1;
  /** The quiz the results answer, when known. */
  quiz?: { narrativeId: string; title: string; seed: number };
  test: TestStatistics;
  items: (ItemStatistics & { item: AnalysisItem })[];
  flags: AnalysisFlag[];
  thresholds: FlagThresholds;
}

export interface AnalyzeOptions {
  thresholds?: Partial<FlagThresholds>;
  /** Share of learners in each extreme group for D. @default 0.27 */
  groupFraction?: number;
}

/** Classical item analysis of a response matrix: item p, D, corrected r, option rates; alpha/KR-20, SEM; flags. */
export function analyzeResponses(m: ResponseMatrix, options: AnalyzeOptions = {}): Analysis {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const totals = learnerTotals(m);
  const groups = extremeGroups(totals, options.groupFraction);
  const items = m.items.map((item, i) => ({
    ...itemStatistics(m, i, totals, groups, thresholds.distractor),
    item,
  }));
  const test = testStatistics(m, totals);
  return { format: 'lectern-analysis', version: 1, test, items, flags: flagItems(items, test, thresholds), thresholds };
}
