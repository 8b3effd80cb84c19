import { fillTemplate } from '../i18n/strings.js';
import type { Item, SingleItem } from '../model/item.js';
import { meaningChanges } from '../util/meaning-change.js';
import { isTableRow } from '../util/sentences.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';
import { paragraphsFor, rivalEntity } from './passage-match.js';

const NAME = 'section-argument';
const OPTION_IDS = ['a', 'b', 'c', 'd'];

/**
 * Each section's summary → "which statement best sums up part N": the summary against its own meaning turned
 * (an antonym or a rival entity swapped in) and, to fill up, the summaries of other parts (turned, where they can be).
 */
export const sectionArgument: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const { strings, narrative } = context;
    const items: Item[] = [];
    for (const section of narrative.sections) {
      const summary = section.summary;
      if (isTableRow(summary)) continue;
      const wrong: string[] = meaningChanges(summary, context.language)
        .slice(0, 2)
        .map((c) => c.text);
      const swap = rivalEntity(context, section, summary);
      if (swap && wrong.length < 2) wrong.push(summary.split(swap.from).join(swap.to));
      for (const other of narrative.sections) {
        if (wrong.length >= 3) break;
        // Note: another part's summary turned in meaning where it can be: shown as it stands, it would state (and
        // give away) what that part's own items ask; turned, it is no second true statement either.
        const borrowed = meaningChanges(other.summary, context.language)[0]?.text ?? other.summary;
        if (other.id !== section.id && other.summary !== summary && !wrong.includes(borrowed) && !isTableRow(borrowed))
          wrong.push(borrowed);
      }
      if (wrong.length < 2) continue;
      const part = context.sectionLabel(section.id);
      const key = section.id;
      const texts = [summary, ...wrong.slice(0, 3)];
      const item: SingleItem = {
        ...generatedBase(context, {
          generator: NAME,
          key,
          stem: context.phrase(strings.sectionArgument, key, { section: part.number, title: part.title }),
          rationale: fillTemplate(strings.rationaleArgument, {
            where: fillTemplate(strings.partName, { section: part.number, title: part.title }),
            summary,
          }),
          source: context.sourceFor(paragraphsFor(section, summary, 3), []),
          difficulty: 'medium',
          level: 'understand',
        }),
        type: 'single',
        options: texts.map((text, i) => ({ id: OPTION_IDS[i] as string, text, correct: i === 0 })),
        cues: [summary],
      };
      items.push(item);
    }
    return items;
  },
};
