import type { Fact, Narrative, Paragraph, Section } from '@lectern/narrative';
import { citeParagraphs } from '../i18n/cite-paragraphs.js';
import { formatPeriod } from '../i18n/format-period.js';
import { stringsFor } from '../i18n/strings-for.js';
import { fillTemplate, pickVariant, type QuizStrings, type Variants } from '../i18n/strings.js';
import type { ItemLevel, ItemSource } from '../model/item.js';
import { overlap } from '../util/sentences.js';

/** Everything a generator reads, prepared once per bank. */
export interface GeneratorContext {
  narrative: Narrative;
  language: string;
  strings: QuizStrings;
  /** All facts, in reading order. */
  facts: Fact[];
  entityName(id: string): string;
  entityKind(id: string): string;
  period(period: string | undefined): string;
  /**
   * The objective covering a section that an item serves: the one whose words the item's text shares most,
   * then one at the item's level, then the first.
   */
  objectiveFor(sectionId: string, level: ItemLevel, text?: string): string | undefined;
  /** The item source for a set of paragraphs (the first one's section) and facts. */
  sourceFor(paragraphIds: readonly string[], factIds: readonly string[]): ItemSource;
  section(id: string): Section | undefined;
  paragraph(id: string): Paragraph | undefined;
  /** Replaces paragraph ids an author cited in prose (`（s1-p09）`) with words a learner reads (`第01部分第9段`). */
  cite(text: string): string;
  /** One of a template's phrasings, picked by `key` (the item's id) and the bank's seed, with its placeholders filled. */
  phrase(variants: Variants, key: string, values?: Record<string, string>): string;
  /**
   * Every phrasing `phrase` could have given, by the text it gave (each variant filled with the same values), so
   * a quiz can rephrase an item's stem to keep its openings varied (`varyStems`).
   */
  phrasings: ReadonlyMap<string, readonly string[]>;
  /** A section as a learner names it: `第1部分“云端”坠落`. */
  sectionLabel(sectionId: string): { number: string; title: string };
}

/** Builds the context for a narrative; `language` overrides the narrative's for the templates. */
export function createContext(narrative: Narrative, language = narrative.language, seed = 0): GeneratorContext {
  const strings = stringsFor(language);
  const paragraphs = new Map<string, Paragraph>();
  const sections = new Map<string, Section>();
  /** Reading position of each paragraph: sources list their paragraphs in reading order. */
  const position = new Map<string, number>();
  for (const section of narrative.sections) {
    sections.set(section.id, section);
    for (const p of section.paragraphs) {
      paragraphs.set(p.id, p);
      if (!position.has(p.id)) position.set(p.id, position.size);
    }
  }
  const entities = new Map(narrative.entities.map((e) => [e.id, e]));
  const sectionLabel = (id: string): { number: string; title: string } => {
    const section = sections.get(id);
    const n = section?.number ?? id;
    const title = section?.title ?? id;
    // A title that opens with a quotation mark of its own (“云端”坠落) reads wrapped once more as ““云端”坠落”.
    const quoted = /^[“"「『‘']/.test(title) ? title : fillTemplate(strings.quote, { text: title });
    return { number: /^\d+$/.test(n) ? String(Number(n)) : n, title: quoted };
  };
  const phrasings = new Map<string, string[]>();
  return {
    narrative,
    language,
    strings,
    facts: narrative.sections.flatMap((s) => s.facts),
    entityName: (id) => entities.get(id)?.name ?? id,
    entityKind: (id) => entities.get(id)?.kind ?? 'other',
    period: (period) => (period === undefined ? '' : formatPeriod(period, strings)),
    objectiveFor(sectionId, level, text) {
      const covering = narrative.objectives.filter((o) => o.sections.includes(sectionId));
      const score = (o: (typeof covering)[number]): number =>
        (text === undefined ? 0 : overlap(o.text, text)) + (o.level === level ? 0.01 : 0);
      let best = covering[0];
      for (const o of covering) if (best === undefined || score(o) > score(best)) best = o;
      return best?.id;
    },
    sourceFor(paragraphIds, factIds) {
      const known = [...new Set(paragraphIds)].filter((id) => position.has(id));
      const ordered = known.sort((a, b) => position.get(a)! - position.get(b)!).map((id) => paragraphs.get(id)!);
      const first = ordered[0];
      const sectionId = first?.sectionId ?? '';
      const parts = [...new Set(ordered.map((p) => p.sectionId))].map((id) => {
        const part = sectionLabel(id);
        const numbers = ordered.filter((p) => p.sectionId === id).map((p) => String(p.index + 1));
        return fillTemplate(strings.sourceLabel, {
          section: part.number,
          title: part.title,
          paragraphs: numbers.join(strings.numberSeparator),
        });
      });
      return {
        sectionId,
        paragraphIds: ordered.map((p) => p.id),
        factIds: [...factIds],
        passage: ordered.map((p) => p.text).join('\n\n'),
        ...(parts.length === 0 ? {} : { label: parts.join(strings.listSeparator) }),
      };
    },
    section: (id) => sections.get(id),
    paragraph: (id) => paragraphs.get(id),
    cite: (text) => citeParagraphs(text, paragraphs, sections, strings),
    phrase(variants, key, values = {}) {
      const text = fillTemplate(pickVariant(variants, key, seed), values);
      phrasings.set(text, [...new Set(variants.map((v) => fillTemplate(v, values)))]);
      return text;
    },
    phrasings,
    sectionLabel,
  };
}
