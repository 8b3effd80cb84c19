import type { Narrative } from '@lectern/narrative';
import type { ChartData, ChartKind, ComparisonData } from './deck-model.js';
import { type FactGroup, isShareOfWhole, isTimeSeries } from './fact-groups.js';
import { compareDates } from './event-date.js';
import { toFactValue } from './fact-value.js';
import { deckLabels } from './labels.js';

/** Bar for comparisons, line for a time series (3+ points), donut for shares of a whole. */
export function chartKindFor(group: FactGroup): ChartKind {
  if (isShareOfWhole(group)) return 'donut';
  if (group.facts.length >= 3 && isTimeSeries(group)) return 'line';
  return 'bar';
}

/** Time series are plotted in period order; everything else in the order the content lists it. */
function ordered(group: FactGroup): FactGroup['facts'] {
  if (!isTimeSeries(group)) return group.facts;
  return [...group.facts].sort((a, b) => compareDates(a.period ?? '', b.period ?? ''));
}

export function chartData(narrative: Narrative, group: FactGroup): ChartData {
  const first = group.facts[0]!;
  return {
    chart: chartKindFor(group),
    metric: first.metric,
    unit: first.unit,
    points: ordered(group).map((fact) => {
      const v = toFactValue(narrative, fact);
      return { label: v.label, value: v.magnitude, text: v.text, factId: fact.id };
    }),
  };
}

export function comparisonData(narrative: Narrative, group: FactGroup): ComparisonData {
  const first = group.facts[0]!;
  const labels = deckLabels(narrative.language);
  return {
    metric: first.metric,
    unit: first.unit,
    headers: [labels.item, labels.value],
    rows: group.facts.map((fact) => {
      const v = toFactValue(narrative, fact);
      return { label: v.label, fact: v };
    }),
  };
}
