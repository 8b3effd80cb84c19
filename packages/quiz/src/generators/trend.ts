import { type Fact, formatFactValue } from '@lectern/narrative';
import { fillTemplate } from '../i18n/strings.js';
import type { Item, SingleItem } from '../model/item.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';

const NAME = 'trend';
const OPTION_IDS = ['a', 'b', 'c', 'd'];

/** The period's grain and its place in time: only periods of one grain (years with years) compare. */
function periodKey(period: string | undefined): { grain: string; at: number } | undefined {
  if (period === undefined) return undefined;
  const year = /^(\d{4})$/.exec(period);
  if (year) return { grain: 'year', at: Number(year[1]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return { grain: 'quarter', at: Number(quarter[1]) * 4 + Number(quarter[2]) };
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return { grain: 'month', at: Number(month[1]) * 12 + Number(month[2]) };
  return undefined;
}

/** The values a figure may stand for: a point, or a bound's open side. */
function interval(f: Fact): [number, number] {
  switch (f.qualifier) {
    case 'approx':
      return [f.value * 0.95, f.value * 1.05];
    case 'over':
    case 'at-least':
      return [f.value, Number.POSITIVE_INFINITY];
    case 'under':
    case 'up-to':
      return [Number.NEGATIVE_INFINITY, f.value];
    default:
      return [f.value, f.value];
  }
}

/** `1` rose, `-1` fell, `0` when the figures cannot tell. */
function step(a: Fact, b: Fact): number {
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  if (bLow > aHigh) return 1;
  if (bHigh < aLow) return -1;
  return 0;
}

/**
 * One subject's figure for one metric in two or three periods of the same grain → "how did it change": rose,
 * fell, rose then fell, fell then rose (`understand`). Only when every step is beyond doubt, bounds included.
 */
export const trend: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const { strings } = context;
    const series = new Map<string, Fact[]>();
    for (const fact of context.facts) {
      const at = periodKey(fact.period);
      if (!at || strings.metricLabels[fact.metric] === undefined || fact.kind === 'year') continue;
      const key = [fact.subject, fact.metric, fact.unit, at.grain].join('\u0000');
      series.set(key, [...(series.get(key) ?? []), fact]);
    }
    const items: Item[] = [];
    for (const facts of series.values()) {
      const byTime = [...facts].sort((a, b) => (periodKey(a.period)?.at ?? 0) - (periodKey(b.period)?.at ?? 0));
      if (byTime.length < 2 || new Set(byTime.map((f) => f.period)).size !== byTime.length) continue;
      const points = byTime.slice(-3);
      const steps = points.slice(1).map((f, i) => step(points[i] as Fact, f));
      if (steps.includes(0)) continue;
      const label = steps.every((s) => s > 0)
        ? strings.trendRose
        : steps.every((s) => s < 0)
          ? strings.trendFell
          : steps[0]! > 0
            ? strings.trendRoseThenFell
            : strings.trendFellThenRose;
      const first = points[0] as Fact;
      const last = points[points.length - 1] as Fact;
      const subject = context.entityName(first.subject);
      const key = `${first.subject}-${first.metric}-${first.period}-${last.period}`.replace(/[^a-z0-9-]/gi, '-');
      // Note: "rose, then fell" makes no sense of two figures, so a two-point series offers rose, fell, flat.
      const choices =
        points.length === 2
          ? [strings.trendRose, strings.trendFell, strings.trendFlat]
          : [
              strings.trendRose,
              strings.trendFell,
              strings.trendRoseThenFell,
              strings.trendFellThenRose,
              strings.trendFlat,
            ];
      const wrong = choices.filter((c) => c !== label).slice(0, 3);
      const options = [label, ...wrong]
        .sort((a, b) => choices.indexOf(a) - choices.indexOf(b))
        .map((text, i) => ({ id: OPTION_IDS[i] as string, text, correct: text === label }));
      const sequence = points
        .map((f) => `${context.period(f.period)}${strings.dateSeparator}${formatFactValue(f, context.language)}`)
        .join(strings.sequenceSeparator);
      const item: SingleItem = {
        ...generatedBase(context, {
          generator: NAME,
          key,
          stem: context.phrase(strings.trend, key, {
            from: context.period(first.period),
            to: context.period(last.period),
            subject,
            owner: strings.possessive(subject),
            metric: strings.metricLabels[first.metric] as string,
          }),
          rationale: fillTemplate(strings.rationaleCompare, { pairs: sequence }),
          source: context.sourceFor(
            [...new Set(points.map((f) => f.paragraph))],
            points.map((f) => f.id),
          ),
          difficulty: points.length >= 3 ? 'hard' : 'easy',
          level: 'understand',
        }),
        type: 'single',
        options,
      };
      items.push(item);
    }
    return items;
  },
};
