import { fillTemplate } from '../i18n/strings.js';
import type { Item, SingleItem } from '../model/item.js';
import { formatValue } from '../util/fact-text.js';
import type { GeneratorContext } from './context.js';
import { figureStem } from './figure-stem.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';
import { numericDistractors } from './numeric-distractors.js';

const NAME = 'numeric-choice';
const OPTION_IDS = ['a', 'b', 'c', 'd'];

/** A numeric fact → a single-choice item: the key and three like-for-like distractors, in ascending order. */
export const numericChoice: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const items: Item[] = [];
    const factIds = new Set(context.facts.map((f) => f.id));
    for (const fact of context.facts) {
      const stem = figureStem(context, fact, 'choice');
      const distractors = numericDistractors(fact, context.facts, 3);
      if (stem === undefined || distractors.length < 3) continue;
      const values = [
        { value: fact.value, correct: true },
        ...distractors.map((d) => ({ value: d.value, correct: false })),
      ];
      values.sort((a, b) => a.value - b.value);
      const options = values.map((v, i) => ({
        id: OPTION_IDS[i] as string,
        text: formatValue(fact, v.value, context.language),
        correct: v.correct,
      }));
      const fromText = distractors.some((d) => factIds.has(d.from));
      const item: SingleItem = {
        ...generatedBase(context, {
          generator: NAME,
          key: fact.id,
          stem,
          rationale: fillTemplate(context.strings.rationaleEvidence, { evidence: fact.evidence }),
          source: context.sourceFor([fact.paragraph], [fact.id]),
          difficulty: fromText ? 'medium' : 'easy',
          level: 'remember',
        }),
        type: 'single',
        options,
      };
      items.push(item);
    }
    return items;
  },
};
