import type { ResponseMatrix } from '../response-matrix.js';
import { type OptionRate, optionRates } from './option-rates.js';
import { pearson } from './pearson.js';

/** Classical statistics of one item. */
export interface ItemStatistics {
  id: string;
  /** Learners who saw the item. */
  n: number;
  /** Difficulty: mean credit (proportion correct for 0/1 items). */
  p: number;
  /** Discrimination index: mean credit in the upper group minus the lower group (27 % each). */
  d: number;
  /** Corrected item–total correlation: the item against the total of the other items. */
  rpb: number;
  options: OptionRate[];
  /** Share of distractors chosen by ≥ 5 %; null for items without options. */
  distractorEfficiency: number | null;
}

const meanOver = (m: ResponseMatrix, i: number, rows: number[]): number => {
  const k = m.items.length;
  let sum = 0;
  let n = 0;
  for (const l of rows) {
    const s = m.scores[l * k + i]!;
    if (!Number.isNaN(s)) {
      sum += s;
      n++;
    }
  }
  return n === 0 ? Number.NaN : sum / n;
};

/** Statistics of item `i` given every learner's total and the extreme groups. */
export function itemStatistics(
  m: ResponseMatrix,
  i: number,
  totals: Float64Array,
  groups: { upper: number[]; lower: number[] },
  distractorThreshold = 0.05,
): ItemStatistics {
  const k = m.items.length;
  const seen: number[] = [];
  for (let l = 0; l < m.learners.length; l++) if (!Number.isNaN(m.scores[l * k + i]!)) seen.push(l);
  const score = (l: number) => m.scores[l * k + i]!;
  const rpb = pearson(score, (l) => totals[l]! - score(l), seen);
  const seenSet = seen.length === m.learners.length ? null : new Set(seen);
  const within = (rows: number[]) => (seenSet ? rows.filter((l) => seenSet.has(l)) : rows);
  const upper = within(groups.upper);
  const lower = within(groups.lower);
  const rates = optionRates(m.items[i]!, m.choices[i]!, { seen, upper, lower }, distractorThreshold);
  return {
    id: m.items[i]!.id,
    n: seen.length,
    p: meanOver(m, i, seen),
    d: meanOver(m, i, upper) - meanOver(m, i, lower),
    rpb,
    options: rates.options,
    distractorEfficiency: rates.distractorEfficiency,
  };
}
