import { fillTemplate } from '../i18n/strings.js';
import type { ClozeItem, Item } from '../model/item.js';
import { replaceSpan } from '../util/fact-text.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';
import { keySentence } from './key-sentence.js';

const NAME = 'cloze';

/** A fact's key sentence (the sentence holding its evidence) → a cloze with the fact's number as the gap. */
export const cloze: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const items: Item[] = [];
    for (const fact of context.facts) {
      if (fact.kind === 'year') continue;
      const sentence = keySentence(context, fact);
      if (!sentence) continue;
      const written = sentence.text.slice(sentence.number.start, sentence.number.end);
      const answers = [...new Set([written, String(fact.value)])];
      const item: ClozeItem = {
        ...generatedBase(context, {
          generator: NAME,
          key: fact.id,
          stem: context.phrase(context.strings.cloze, fact.id),
          rationale: fillTemplate(context.strings.rationaleEvidence, { evidence: fact.evidence }),
          source: context.sourceFor([fact.paragraph], [fact.id]),
          difficulty: 'medium',
          level: 'remember',
        }),
        type: 'cloze',
        text: replaceSpan(sentence.text, sentence.number, '{{1}}'),
        gaps: [{ id: '1', answers }],
      };
      items.push(item);
    }
    return items;
  },
};
