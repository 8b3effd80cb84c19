import { fillTemplate, nestQuotes } from '../i18n/strings.js';
import type { Item, SingleItem } from '../model/item.js';
import { bigrams, share } from '../util/sentences.js';
import { causalSentences } from './causal-sentences.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';

const NAME = 'cause';
const OPTION_IDS = ['a', 'b', 'c', 'd'];

/**
 * Each sentence that states a cause → "why" (`understand`): the cause it gives against other causes the text
 * states for other things (true elsewhere, wrong here). Needs at least two such other causes.
 */
export const cause: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const { strings } = context;
    const paragraphs = context.narrative.sections.flatMap((s) => s.paragraphs);
    const found = causalSentences(paragraphs, context.language);
    const items: Item[] = [];
    const causes = found.map((c) => bigrams(c.cause));
    const effects = found.map((c) => bigrams(c.effect));
    found.forEach((c, i) => {
      // Note: a cause too like this one's, or one that restates its effect, would be a second right answer.
      // The first three such causes in text order; the scan stops there (linear on long narratives).
      const distractors: string[] = [];
      for (let j = 0; j < found.length && distractors.length < 3; j++) {
        const o = found[j]!;
        if (j === i || distractors.includes(o.cause)) continue;
        if (
          share(causes[j]!, causes[i]!) < 0.5 &&
          share(causes[j]!, effects[i]!) < 0.5 &&
          share(causes[i]!, causes[j]!) < 0.5
        )
          distractors.push(o.cause);
      }
      if (distractors.length < 2) return;
      const key = `${c.paragraphId}-${i + 1}`;
      const item: SingleItem = {
        ...generatedBase(context, {
          generator: NAME,
          key,
          stem: context.phrase(strings.cause, key, { effect: nestQuotes(c.effect) }),
          rationale: fillTemplate(strings.rationaleCause, { sentence: nestQuotes(c.sentence) }),
          source: context.sourceFor([c.paragraphId], []),
          difficulty: 'medium',
          level: 'understand',
        }),
        type: 'single',
        options: [c.cause, ...distractors].map((text, k) => ({ id: OPTION_IDS[k] as string, text, correct: k === 0 })),
        cues: [c.cause],
      };
      items.push(item);
    });
    return items;
  },
};
