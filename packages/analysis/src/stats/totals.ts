import type { ResponseMatrix } from '../response-matrix.js';

/** Each learner's total credit (unseen items count 0) — the criterion every item is compared with. */
export function learnerTotals(m: ResponseMatrix): Float64Array {
  const k = m.items.length;
  const totals = new Float64Array(m.learners.length);
  for (let l = 0; l < totals.length; l++) {
    let sum = 0;
    for (let i = 0; i < k; i++) {
      const s = m.scores[l * k + i]!;
      if (!Number.isNaN(s)) sum += s;
    }
    totals[l] = sum;
  }
  return totals;
}

/** Population mean and variance (divisor n), the convention of KR-20 and of item p·q. */
export function meanVariance(values: ArrayLike<number>): { mean: number; variance: number } {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, variance: Number.NaN };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  return { mean, variance: ss / n };
}
