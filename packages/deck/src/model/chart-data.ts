import type { Narrative } from '@lectern/narrative';
import { commonPeriod, isBridge, signedValue, storySubject } from './chart-semantics.js';
import type { ChartData, ChartKind, ChartPoint, ComparisonData } from './deck-model.js';
import { compareDates } from './event-date.js';
import { type FactGroup, isShareOfWhole, isTimeSeries } from './fact-groups.js';
import { toFactValue } from './fact-value.js';
import { deckLabels } from './labels.js';
import { periodText } from './period-text.js';

/** Donut for shares of a whole, waterfall for a bridge, line for a time series (3+ points), else bar. */
export function chartKindFor(group: FactGroup): ChartKind {
  if (isShareOfWhole(group)) return 'donut';
  if (isBridge(group)) return 'waterfall';
  if (group.facts.length >= 3 && isTimeSeries(group)) return 'line';
  return 'bar';
}

/** Time series are plotted in period order; everything else in the order the content lists it. */
function ordered(group: FactGroup): FactGroup['facts'] {
  if (!isTimeSeries(group)) return group.facts;
  return [...group.facts].sort((a, b) => compareDates(a.period ?? '', b.period ?? ''));
}

/** `29.4` → `29.4`, `35.000000001` → `35`: a derived share, as short as its inputs. */
const share = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * The chart spec of a group: signed values (a loss is below zero and written with a minus), the story's
 * subject marked against its peers, the unnamed rest of a whole as its own point, the shared period as
 * the subtitle. Every figure is a fact's, except a remainder, which is 100% less the named shares.
 */
export function chartData(narrative: Narrative, group: FactGroup): ChartData {
  const first = group.facts[0]!;
  const chart = chartKindFor(group);
  const subject = storySubject(narrative);
  const subjects = new Set(group.facts.map((f) => f.subject));
  const peers =
    chart === 'bar' && subjects.size === group.facts.length && subject !== undefined && subjects.has(subject);
  const facts = ordered(group);
  const points: ChartPoint[] = facts.map((fact, i) => {
    const v = toFactValue(narrative, fact);
    const value = signedValue(fact, v.magnitude);
    const text = value < 0 && !v.text.startsWith('-') ? `−${v.text}` : v.text;
    const role =
      chart === 'waterfall'
        ? i === facts.length - 1
          ? 'total'
          : value < 0
            ? 'decrease'
            : 'increase'
        : peers
          ? fact.subject === subject
            ? 'subject'
            : 'peer'
          : 'value';
    return { label: v.label, value, text, factId: fact.id, role };
  });
  if (chart === 'donut') {
    const rest = 100 - group.facts.reduce((sum, f) => sum + f.value, 0);
    if (rest > 0.05)
      points.push({
        label: deckLabels(narrative.language).other,
        value: rest,
        text: `${share(rest)}%`,
        role: 'remainder',
      });
  }
  const period = chart === 'line' ? undefined : commonPeriod(group);
  return {
    chart,
    metric: first.metric,
    unit: first.unit,
    points,
    ...(period === undefined ? {} : { subtitle: periodText(period, narrative.language) }),
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
