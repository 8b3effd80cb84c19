/** Robust summary of repeated measurements (milliseconds or any other unit). */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
  /** (max − min) / median: how far repeats spread around the median, as a fraction. */
  spread: number;
}

/**
 * The p-th percentile (0–100) of `values` by linear interpolation between closest ranks
 * (the definition of numpy's default and Excel's PERCENTILE.INC).
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = sorted[lo]!;
  return low + (sorted[hi]! - low) * (rank - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function summarise(values: readonly number[]): Summary {
  const med = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    n: values.length,
    median: med,
    p95: percentile(values, 95),
    min,
    max,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    spread: med === 0 ? 0 : (max - min) / med,
  };
}

/**
 * Ratio of two measured series taken in the same run: median(ours) / median(theirs), with the
 * range of the pairwise ratios (ours[i] / theirs[i]) to show how stable it is.
 */
export function ratioOf(
  ours: readonly number[],
  theirs: readonly number[],
): { ratio: number; min: number; max: number } {
  const pairs = ours.slice(0, Math.min(ours.length, theirs.length)).map((v, i) => v / theirs[i]!);
  return { ratio: median(ours) / median(theirs), min: Math.min(...pairs), max: Math.max(...pairs) };
}
