import { type Cut, type Entity, LecternError, type Narrative, type Section } from '@lectern/narrative';
import { toKpi } from './big-number.js';
import { type SlideDraft, draft } from './draft.js';
import { comparableGroups } from './fact-groups.js';
import { groupSlide } from './group-slide.js';
import { groupTitle } from './group-title.js';
import { notesFor } from './notes.js';

/** Key points on an `about` slide at most: those naming the most of the entities win. */
const MAX_POINTS = 4;

type Carry = NonNullable<Cut['carry']>[number];

/** The slide for one `carry` entry of a cut: a fact's comparable figures, or the key points about some entities. */
export function carrySlide(narrative: Narrative, sections: readonly Section[], cut: Cut, carry: Carry): SlideDraft {
  if (carry.fact !== undefined) return factSlide(narrative, sections, cut, carry.fact, carry.title);
  return aboutSlide(narrative, sections, cut, carry.about ?? [], carry.title);
}

function factSlide(
  narrative: Narrative,
  sections: readonly Section[],
  cut: Cut,
  factId: string,
  title: string | undefined,
): SlideDraft {
  const section = sections.find((s) => s.facts.some((f) => f.id === factId));
  if (section === undefined) {
    throw new LecternError(
      'deck/cut-carry',
      `Cut "${cut.id}" carries fact "${factId}", which no section of the cut has.`,
      {
        hint: 'name a fact of one of the cut’s sections, or add its section to `sections`',
      },
    );
  }
  const fact = section.facts.find((f) => f.id === factId)!;
  const group = comparableGroups(section.facts).find((g) => g.facts.some((f) => f.id === factId));
  if (group !== undefined)
    return groupSlide(narrative, section, group, title ?? groupTitle(narrative, section.title, group));
  const extra = { sectionId: section.id, paragraphIds: [fact.paragraph], notes: notesFor(section, [fact.paragraph]) };
  return draft('big-number', title ?? section.title, { kpis: [toKpi(narrative, fact)] }, extra);
}

/** Whether `text` names the entity (its name or an alias). */
const names = (text: string, entity: Entity): boolean =>
  [entity.name, ...(entity.aliases ?? [])].some((n) => n !== '' && text.includes(n));

function aboutSlide(
  narrative: Narrative,
  sections: readonly Section[],
  cut: Cut,
  entityIds: readonly string[],
  title: string | undefined,
): SlideDraft {
  const entities = narrative.entities.filter((e) => entityIds.includes(e.id));
  const found = sections.flatMap((section, s) =>
    section.keyPoints.map((text, k) => ({
      section,
      text,
      order: s * 1000 + k,
      hits: entities.filter((e) => names(text, e)).length,
    })),
  );
  const chosen = found
    .filter((p) => p.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, MAX_POINTS)
    .sort((a, b) => a.order - b.order);
  if (chosen.length === 0) {
    throw new LecternError(
      'deck/cut-carry',
      `Cut "${cut.id}" carries a slide about ${entityIds.join(', ')}, but no key point of its sections names them.`,
      { hint: 'name entities that the key points mention (by name or alias), or remove this `carry` entry' },
    );
  }
  // The slide belongs to the section most of its points come from (the first such, in reading order).
  const count = (s: Section) => chosen.filter((p) => p.section === s).length;
  const home = chosen.reduce((best, p) => (count(p.section) > count(best) ? p.section : best), chosen[0]!.section);
  const paragraphIds = home.paragraphs.filter((p) => entities.some((e) => names(p.text, e))).map((p) => p.id);
  const extra = { sectionId: home.id, paragraphIds, notes: notesFor(home, paragraphIds, home.summary) };
  return draft('key-points', title ?? home.title, { points: chosen.map((p) => p.text) }, extra);
}
