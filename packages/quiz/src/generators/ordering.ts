import type { TimelineEvent } from '@lectern/narrative';
import { fillTemplate } from '../i18n/strings.js';
import type { Item, OrderingItem } from '../model/item.js';
import type { GeneratorContext } from './context.js';
import { orderableEvents } from './event-span.js';
import type { Generator } from './generator.js';
import { generatedBase } from './item-base.js';

const NAME = 'ordering';
const MAX_ENTRIES = 5;

const stripStop = (text: string): string => text.replace(/[。.]$/, '');

function orderingItem(context: GeneratorContext, key: string, events: TimelineEvent[]): OrderingItem {
  const { strings } = context;
  const sequence = events.map((e, i) => ({ id: `e${i + 1}`, text: stripStop(e.text) }));
  const dated = events.map((e) => `${context.period(e.date)}${strings.dateSeparator}${stripStop(e.text)}`);
  return {
    ...generatedBase(context, {
      generator: NAME,
      key,
      stem: context.phrase(strings.ordering, key),
      rationale: fillTemplate(strings.rationaleOrdering, { sequence: dated.join(strings.sequenceSeparator) }),
      source: context.sourceFor(
        events.map((e) => e.paragraph),
        [],
      ),
      difficulty: events.length >= 5 ? 'hard' : 'medium',
      level: 'understand',
    }),
    type: 'ordering',
    sequence,
  };
}

/**
 * Timeline events → ordering items: one per section with ≥ 3 events whose dates cannot overlap, and one across
 * the narrative when its events span several sections.
 */
export const ordering: Generator = {
  name: NAME,
  generate(context: GeneratorContext): Item[] {
    const items: Item[] = [];
    for (const section of context.narrative.sections) {
      const events = orderableEvents(section.events, MAX_ENTRIES);
      if (events.length >= 3) items.push(orderingItem(context, section.id, events));
    }
    const all = context.narrative.sections.flatMap((s) => s.events);
    const across = orderableEvents(all, MAX_ENTRIES);
    if (across.length >= 3 && new Set(across.map((e) => e.sectionId)).size >= 2) {
      items.push(orderingItem(context, 'timeline', across));
    }
    return items;
  },
};
