import type { ResponseMatrix } from '../response-matrix.js';
import { meanVariance } from './totals.js';

/** Test-level statistics. */
export interface TestStatistics {
  learners: number;
  items: number;
  mean: number;
  sd: number;
  /** Cronbach's alpha (population variances). */
  alpha: number;
  /** KR-20: alpha for items scored 0/1; null when any credit is partial. */
  kr20: number | null;
  /** Standard error of measurement: sd · √(1 − alpha). */
  sem: number;
}

/**
 * Cronbach's alpha = k/(k−1) · (1 − Σσᵢ² / σ²ₓ); for 0/1 items σᵢ² = pᵢqᵢ and alpha is KR-20. Unseen items
 * count 0, as they do in the totals.
 */
export function testStatistics(m: ResponseMatrix, totals: Float64Array): TestStatistics {
  const k = m.items.length;
  const n = m.learners.length;
  let itemVariance = 0;
  let dichotomous = true;
  const column = new Float64Array(n);
  for (let i = 0; i < k; i++) {
    for (let l = 0; l < n; l++) {
      const s = m.scores[l * k + i]!;
      column[l] = Number.isNaN(s) ? 0 : s;
      if (!Number.isNaN(s) && s !== 0 && s !== 1) dichotomous = false;
    }
    itemVariance += meanVariance(column).variance;
  }
  const { mean, variance } = meanVariance(totals);
  const alpha = k < 2 || variance === 0 ? Number.NaN : (k / (k - 1)) * (1 - itemVariance / variance);
  const sd = Math.sqrt(variance);
  return {
    learners: n,
    items: k,
    mean,
    sd,
    alpha,
    kr20: dichotomous ? alpha : null,
    sem: sd * Math.sqrt(Math.max(0, 1 - alpha)),
  };
}
