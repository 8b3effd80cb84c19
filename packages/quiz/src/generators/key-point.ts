import type { Section } from '@lectern/narrative';
import { asSentence, fillTemplate } from '../i18n/strings.js';
import type { Item, TrueFalseItem } from '../model/item.js';
import { meaningChanges } from '../util/meaning-change.js';
import { isTableRow } from '../util/sentences.js';
import type { GeneratorContext } from './context.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';
import { factsStated, paragraphsFor, rivalEntity } from './passage-match.js';

const NAME = 'key-point';

/** The point turned to its opposite: an antonym swapped, else a rival entity named in place of one it names. */
export function changedMeaning(context: GeneratorContext, section: Section, point: string): string | undefined {
  const turned = meaningChanges(point, context.language)[0];
  if (turned) return turned.text;
  const swap = rivalEntity(context, section, point);
  return swap === undefined ? undefined : point.split(swap.from).join(swap.to);
}

/**
 * Each key point of a section → a true/false item on its meaning. Every other point is changed in meaning, not in
 * number: an antonym swapped (增长 → 下滑), or another entity of the same kind named in its place; the feedback
 * then gives the point as the text makes it.
 */
export const keyPoint: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const items: Item[] = [];
    const { strings } = context;
    let n = 0;
    for (const section of context.narrative.sections) {
      section.keyPoints.forEach((point, i) => {
        if (isTableRow(point)) return;
        const key = `${section.id}-${i + 1}`;
        const wantFalse = n % 2 === 1;
        const changed = wantFalse ? changedMeaning(context, section, point) : undefined;
        if (wantFalse && changed === undefined) return;
        n++;
        const part = context.sectionLabel(section.id);
        const where = fillTemplate(strings.partName, { section: part.number, title: part.title });
        const facts = factsStated(context, section, point);
        const item: TrueFalseItem = {
          ...generatedBase(context, {
            generator: NAME,
            key,
            stem: context.phrase(strings.keyPoint, key, { statement: asSentence(changed ?? point, strings) }),
            rationale: fillTemplate(strings.rationaleKeyPoint, { where, truth: asSentence(point, strings) }),
            source: context.sourceFor(
              paragraphsFor(section, point),
              facts.map((f) => f.id),
            ),
            difficulty: changed === undefined ? 'easy' : 'medium',
            level: 'understand',
          }),
          type: 'true-false',
          answer: changed === undefined,
          // The point as the text makes it: an item that shows it (stem, option, feedback) answers this one.
          cues: [point],
          ...(changed === undefined
            ? {}
            : { feedback: fillTemplate(strings.feedbackFalse, { truth: asSentence(point, strings) }) }),
        };
        items.push(item);
      });
    }
    return items;
  },
};
