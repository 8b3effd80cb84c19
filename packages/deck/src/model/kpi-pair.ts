import type { FactGroup } from './fact-groups.js';

/**
 * Whether two figures belong side by side as a pair of KPI cards: one measure (kind, unit and metric), stated
 * together (one paragraph), and either two subjects in one period or one subject in two periods. Anything else
 * (a growth rate beside a revenue, this year's plan beside another's forecast) is shown apart.
 */
export function isLikePair(group: FactGroup): boolean {
  if (group.facts.length !== 2) return false;
  const [a, b] = group.facts as [FactGroup['facts'][number], FactGroup['facts'][number]];
  if (a.kind !== b.kind || a.unit !== b.unit || a.metric !== b.metric || a.paragraph !== b.paragraph) return false;
  if (a.period === b.period) return a.subject !== b.subject;
  return a.subject === b.subject && a.period !== undefined && b.period !== undefined;
}
