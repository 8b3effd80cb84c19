import type { Fact } from '@lectern/narrative';
import { fillTemplate } from '../i18n/strings.js';
import type { Item, NumericItem } from '../model/item.js';
import { decimalsOf, roundTo } from '../util/decimals.js';
import { displayUnit } from '../util/fact-text.js';
import type { GeneratorContext } from './context.js';
import { figureStem } from './figure-stem.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';

const NAME = 'numeric-entry';

/** Half a unit of the last written digit; 5 % for approximate figures. */
export function toleranceFor(fact: Fact): number {
  if (fact.qualifier === 'approx') return roundTo(Math.abs(fact.value) * 0.05, decimalsOf(fact.value) + 2);
  return roundTo(10 ** -decimalsOf(fact.value) / 2, decimalsOf(fact.value) + 1);
}

/** An exact or approximate numeric fact → a numeric-entry item (bounds such as 超过 have no single answer). */
export const numericEntry: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const items: Item[] = [];
    for (const fact of context.facts) {
      if (fact.qualifier !== 'exact' && fact.qualifier !== 'approx') continue;
      if (fact.kind === 'year') continue;
      const stem = figureStem(context, fact, 'entry');
      if (stem === undefined) continue;
      const item: NumericItem = {
        ...generatedBase(context, {
          generator: NAME,
          key: fact.id,
          stem,
          rationale: fillTemplate(context.strings.rationaleEvidence, { evidence: fact.evidence }),
          source: context.sourceFor([fact.paragraph], [fact.id]),
          difficulty: 'hard',
          level: 'remember',
        }),
        type: 'numeric',
        answer: fact.value,
        tolerance: toleranceFor(fact),
        unit: displayUnit(fact, context.language),
      };
      items.push(item);
    }
    return items;
  },
};
