import type { Fact, Narrative, Paragraph, Section } from '@lectern/narrative';
import { citeParagraphs } from '../i18n/cite-paragraphs.js';
import { formatPeriod } from '../i18n/format-period.js';
import { stringsFor } from '../i18n/strings-for.js';
import type { QuizStrings } from '../i18n/strings.js';
import type { ItemLevel, ItemSource } from '../model/item.js';

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
  /** The objective covering a section, preferring one at the given level. */
  objectiveFor(sectionId: string, level: ItemLevel): string | undefined;
  /** The item source for a set of paragraphs (the first one's section) and facts. */
  sourceFor(paragraphIds: readonly string[], factIds: readonly string[]): ItemSource;
  section(id: string): Section | undefined;
  paragraph(id: string): Paragraph | undefined;
  /** Replaces paragraph ids an author cited in prose (`（s1-p09）`) with words a learner reads (`第01部分第9段`). */
  cite(text: string): string;
}

/** Builds the context for a narrative; `language` overrides the narrative's for the templates. */
export function createContext(narrative: Narrative, language = narrative.language): GeneratorContext {
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
  return {
    narrative,
    language,
    strings,
    facts: narrative.sections.flatMap((s) => s.facts),
    entityName: (id) => entities.get(id)?.name ?? id,
    entityKind: (id) => entities.get(id)?.kind ?? 'other',
    period: (period) => (period === undefined ? '' : formatPeriod(period, strings)),
    objectiveFor(sectionId, level) {
      const covering = narrative.objectives.filter((o) => o.sections.includes(sectionId));
      return (covering.find((o) => o.level === level) ?? covering[0])?.id;
    },
    sourceFor(paragraphIds, factIds) {
      const known = [...new Set(paragraphIds)].filter((id) => position.has(id));
      const ordered = known.sort((a, b) => position.get(a)! - position.get(b)!).map((id) => paragraphs.get(id)!);
      const first = ordered[0];
      return {
        sectionId: first?.sectionId ?? '',
        paragraphIds: ordered.map((p) => p.id),
        factIds: [...factIds],
        passage: ordered.map((p) => p.text).join('\n\n'),
      };
    },
    section: (id) => sections.get(id),
    paragraph: (id) => paragraphs.get(id),
    cite: (text) => citeParagraphs(text, paragraphs, sections, strings),
  };
}
