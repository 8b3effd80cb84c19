/** Checks on a wrong value that a learner would reject without reading: shared by the distractor writer and the linter. */

/** `growth` for `revenue-growth`, `share` for `market-share`: the last word of a metric key names its family. */
export function metricFamily(metric: string): string {
  const words = metric.toLowerCase().split(/[-_.]/);
  return words[words.length - 1] ?? metric;
}

/** Whether a metric is a part of a whole (a share, a ratio of staff), so no value can pass 100%. */
export function isShareMetric(metric: string): boolean {
  return /share|portion|[占佔]比|份[额額]|比例/.test(metric.toLowerCase());
}

/** Whether a metric measures a drop (lower cost, fewer, cut, decline), so 100% or more is impossible. */
export function isReductionMetric(metric: string): boolean {
  return /reduction|decrease|decline|drop|cut|lower|saving|less|降低|[减減]少|下降|低/.test(metric.toLowerCase());
}

/** The highest value a percentage fact's options may take: 100 for a share, below 100 for a reduction. */
export function percentCeiling(fact: { kind: string; unit: string; value: number; metric: string }): number {
  if (fact.kind !== 'percent' || fact.unit !== '%') return Number.POSITIVE_INFINITY;
  if (isReductionMetric(fact.metric) && fact.value < 100) return 99;
  if (isShareMetric(fact.metric) && fact.value <= 100) return 100;
  return Number.POSITIVE_INFINITY;
}

/** Whether `a` is `b` with its digits reordered (29.4 and 92.4): a swap a learner reads as a typo. */
export function isDigitPermutation(a: number, b: number): boolean {
  if (a === b) return false;
  const digits = (n: number): string => [...String(Math.abs(n)).replace(/\D/g, '')].sort().join('');
  return (
    String(Math.abs(a)).replace(/\d/g, '') === String(Math.abs(b)).replace(/\d/g, '') &&
    digits(a) === digits(b) &&
    digits(a).length >= 2
  );
}
