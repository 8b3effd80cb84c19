import type { Fact } from '@lectern/narrative';

/** Facts of one section sharing a `group`, in the order the section lists them. */
export interface FactGroup {
  id: string;
  facts: Fact[];
}

/** Kinds a chart can plot: a year or a duration is not a quantity to compare as bars. */
const CHARTABLE = new Set(['currency', 'percent', 'percentage-points', 'count', 'multiple', 'rate', 'other']);

/**
 * Groups whose facts can be compared: at least two facts, all of one kind and unit. Other groups
 * (mixed units) are left to the big-number slide. Order: first appearance in the section.
 */
export function comparableGroups(facts: readonly Fact[]): FactGroup[] {
  const byId = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.group === undefined) continue;
    const list = byId.get(fact.group) ?? [];
    list.push(fact);
    byId.set(fact.group, list);
  }
  const groups: FactGroup[] = [];
  for (const [id, list] of byId) {
    const first = list[0];
    if (first === undefined || list.length < 2) continue;
    if (!CHARTABLE.has(first.kind)) continue;
    if (list.every((f) => f.kind === first.kind && f.unit === first.unit)) groups.push({ id, facts: list });
  }
  return groups;
}

/** True when the group is a series over time for one subject and metric (distinct periods). */
export function isTimeSeries(group: FactGroup): boolean {
  const first = group.facts[0];
  if (first === undefined) return false;
  const periods = new Set(group.facts.map((f) => f.period));
  return (
    group.facts.every((f) => f.period !== undefined && f.subject === first.subject && f.metric === first.metric) &&
    periods.size === group.facts.length
  );
}

/**
 * Metrics whose values are parts of one whole. `layoff-share` is not: each company's share is of its
 * own staff, so the values do not add up to anything.
 */
const WHOLE_METRIC = /(^|-)(market-share|share-of-whole|share-of-total)$|^share$/;

/** True when the group reads as shares of one whole: percents of one such metric, distinct subjects, summing to ≤ 100. */
export function isShareOfWhole(group: FactGroup): boolean {
  const first = group.facts[0];
  if (first === undefined || !WHOLE_METRIC.test(first.metric)) return false;
  const sum = group.facts.reduce((acc, f) => acc + f.value, 0);
  const subjects = new Set(group.facts.map((f) => f.subject));
  return (
    group.facts.every((f) => f.kind === 'percent' && f.metric === first.metric) &&
    subjects.size === group.facts.length &&
    sum <= 100.0001
  );
}
