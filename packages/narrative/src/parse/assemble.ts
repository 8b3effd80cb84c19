import type { Narrative, Section } from '../model.js';
import type { ParsedMeta } from './meta-file.js';
import type { ParsedSection } from './section-file.js';

/** Builds the narrative model from parts that validated; call only when there are no error findings. */
export function assembleNarrative(
  meta: ParsedMeta,
  sections: readonly ParsedSection[],
  dir: string | undefined,
): Narrative | undefined {
  const m = meta.data;
  if (!m) return undefined;
  const at = meta.locator;
  const out: Narrative = {
    id: m.id,
    title: m.title,
    language: m.language,
    source: m.source,
    entities: m.entities.map((e, i) => ({ ...e, loc: at.value(['entities', i]) })),
    objectives: m.objectives.map((o, i) => ({ ...o, loc: at.value(['objectives', i]) })),
    editorialChanges: m.editorialChanges.map((c, i) => ({ ...c, loc: at.value(['editorialChanges', i]) })),
    cuts: m.cuts.map((c, i) => ({ ...c, loc: at.value(['cuts', i]) })),
    quiz: m.quiz,
    sections: [],
  };
  if (m.subtitle !== undefined) out.subtitle = m.subtitle;
  for (const s of sections) {
    const section = toSection(s, out.sections.length);
    if (!section) return undefined;
    out.sections.push(section);
  }
  if (dir !== undefined) out.dir = dir;
  return out;
}

function toSection(s: ParsedSection, index: number): Section | undefined {
  const d = s.data;
  const at = s.locator;
  if (!d || !at) return undefined;
  const sectionId = d.id;
  return {
    id: d.id,
    index,
    number: d.number,
    title: d.title,
    summary: d.summary,
    keyPoints: d.keyPoints,
    file: s.file,
    paragraphs: s.paragraphs,
    facts: d.facts.map((f, i) => ({ ...f, sectionId, loc: at.value(['facts', i]) })),
    quotes: d.quotes.map((q, i) => ({ ...q, sectionId, loc: at.value(['quotes', i]) })),
    events: d.events.map((e, i) => ({ ...e, sectionId, loc: at.value(['events', i]) })),
    items: d.items.map((it, i) => ({ ...it, sectionId, loc: at.value(['items', i]) })),
    loc: s.loc,
  };
}
