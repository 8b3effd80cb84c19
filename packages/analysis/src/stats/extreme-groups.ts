/**
 * The upper and lower groups for the discrimination index D: the top and bottom `fraction` (27 % by Kelley's
 * rule) of learners by total score, at least one each. Ties at the cut are broken by learner order so the
 * groups are deterministic.
 */
export function extremeGroups(totals: Float64Array, fraction = 0.27): { upper: number[]; lower: number[] } {
  const n = totals.length;
  const size = Math.max(1, Math.round(n * fraction));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => totals[b]! - totals[a]! || a - b);
  return { upper: order.slice(0, size), lower: order.slice(n - size).reverse() };
}
