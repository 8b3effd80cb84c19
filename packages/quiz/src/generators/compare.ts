import { type Fact, formatFactValue, isChinese } from '@lectern/narrative';
import { fillTemplate } from '../i18n/strings.js';
import type { Item, NumericItem, OrderingItem, SingleItem } from '../model/item.js';
import { decimalsOf, roundTo } from '../util/decimals.js';
import { comparableSets, kindOf } from './comparable-sets.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';

const NAME = 'compare';
const OPTION_IDS = ['a', 'b', 'c', 'd'];
const MAX_RANKED = 5;

function paragraphsOf(facts: readonly Fact[]): string[] {
  return [...new Set(facts.map((f) => f.paragraph))];
}

/**
 * Comparable sets (one metric, one period, several subjects) → items that ask to compare rather than recall:
 * which is highest and which lowest (`understand`), their rank (`understand`), and for percentages the gap
 * between the highest and the lowest in percentage points (`apply`). Distractors are the set's other subjects.
 */
export const compare: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const { strings } = context;
    const items: Item[] = [];
    for (const set of comparableSets(context, 2)) {
      const sorted = [...set.facts].sort((a, b) => b.value - a.value);
      const first = sorted[0] as Fact;
      const last = sorted[sorted.length - 1] as Fact;
      const metric = strings.metricLabels[first.metric] as string;
      const values = { kind: kindOf(context, sorted), metric, period: context.period(first.period) };
      const dated = first.period !== undefined;
      const name = (f: Fact): string => context.entityName(f.subject);
      const sideBySide = sorted
        .map((f) => `${name(f)} ${formatFactValue(f, context.language)}`)
        .join(strings.listSeparator);
      const rationale = fillTemplate(strings.rationaleCompare, { pairs: sideBySide });
      const source = context.sourceFor(
        paragraphsOf(sorted),
        sorted.map((f) => f.id),
      );
      if (sorted.length >= 3) {
        for (const [which, keyFact] of [
          ['max', first],
          ['min', last],
        ] as const) {
          const key = `${which}-${set.key}`;
          const others = sorted.filter((f) => f !== keyFact).slice(0, 3);
          const options = [keyFact, ...others]
            .sort((a, b) => name(a).localeCompare(name(b)))
            .map((f, i) => ({ id: OPTION_IDS[i] as string, text: name(f), correct: f === keyFact }));
          const item: SingleItem = {
            ...generatedBase(context, {
              generator: NAME,
              key,
              stem: context.phrase(
                which === 'max'
                  ? dated
                    ? strings.compareMax
                    : strings.compareMaxNoPeriod
                  : dated
                    ? strings.compareMin
                    : strings.compareMinNoPeriod,
                key,
                values,
              ),
              rationale,
              source,
              difficulty: 'medium',
              level: 'understand',
            }),
            type: 'single',
            options,
          };
          items.push(item);
        }
        const ranked = sorted.slice(0, MAX_RANKED);
        const key = `rank-${set.key}`;
        const rank: OrderingItem = {
          ...generatedBase(context, {
            generator: NAME,
            key,
            stem: context.phrase(dated ? strings.compareRank : strings.compareRankNoPeriod, key, values),
            rationale,
            source,
            difficulty: ranked.length >= 4 ? 'hard' : 'medium',
            level: 'understand',
          }),
          type: 'ordering',
          sequence: ranked.map((f, i) => ({ id: `e${i + 1}`, text: name(f) })),
        };
        items.push(rank);
      }
      if (first.kind === 'percent' && first.unit === '%') {
        const key = `gap-${set.key}`;
        const decimals = Math.max(decimalsOf(first.value), decimalsOf(last.value));
        const gap = roundTo(first.value - last.value, decimals);
        const gapItem: NumericItem = {
          ...generatedBase(context, {
            generator: NAME,
            key,
            stem: context.phrase(dated ? strings.compareGap : strings.compareGapNoPeriod, key, {
              ...values,
              a: name(first),
              b: name(last),
              owner: strings.possessive(name(first)),
            }),
            rationale: fillTemplate(strings.rationaleGap, {
              a: name(first),
              b: name(last),
              va: formatFactValue(first, context.language),
              vb: formatFactValue(last, context.language),
              gap: `${gap}${isChinese(context.language) ? '' : ' '}${strings.percentagePoints}`,
            }),
            source: context.sourceFor(paragraphsOf([first, last]), [first.id, last.id]),
            difficulty: 'medium',
            level: 'apply',
          }),
          type: 'numeric',
          answer: gap,
          tolerance: first.qualifier === 'approx' || last.qualifier === 'approx' ? 1 : 0,
          unit: strings.percentagePoints,
        };
        items.push(gapItem);
      }
    }
    return items;
  },
};
