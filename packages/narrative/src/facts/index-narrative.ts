import type {
  AuthoredItem,
  Entity,
  Fact,
  Narrative,
  Objective,
  Paragraph,
  Quote,
  Section,
  TimelineEvent,
} from '../model.js';

/** Lookup tables by id for everything in a narrative. Maps keep reading order. */
export interface NarrativeIndex {
  entities: ReadonlyMap<string, Entity>;
  sections: ReadonlyMap<string, Section>;
  paragraphs: ReadonlyMap<string, Paragraph>;
  facts: ReadonlyMap<string, Fact>;
  quotes: ReadonlyMap<string, Quote>;
  events: ReadonlyMap<string, TimelineEvent>;
  items: ReadonlyMap<string, AuthoredItem>;
  objectives: ReadonlyMap<string, Objective>;
}

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));

/** Builds id → object maps for a (validated) narrative. */
export function indexNarrative(narrative: Narrative): NarrativeIndex {
  const all = <K extends 'paragraphs' | 'facts' | 'quotes' | 'events' | 'items'>(key: K) =>
    byId(narrative.sections.flatMap((s) => s[key] as Section[K][number][]));
  return {
    entities: byId(narrative.entities),
    sections: byId(narrative.sections),
    paragraphs: all('paragraphs'),
    facts: all('facts'),
    quotes: all('quotes'),
    events: all('events'),
    items: all('items'),
    objectives: byId(narrative.objectives),
  };
}
