import { isChinese, type Narrative, type Section } from '@lectern/narrative';
import { rankKpiFacts, toKpi } from './big-number.js';
import { chartData } from './chart-data.js';
import { type SlideDraft, draft } from './draft.js';
import { dividerNumber } from './divider-number.js';
import { budgetCaption } from './chart-caption.js';
import { isUnlikeMeasures } from './chart-semantics.js';
import { comparableGroups } from './fact-groups.js';
import { groupTitle } from './group-title.js';
import { compareDates, formatEventDate } from './event-date.js';
import { deckLabels } from './labels.js';
import { inReadingOrder, notesFor } from './notes.js';
import { quoteEntry, selectQuotes } from './quote-slides.js';
import { isLikePair } from './kpi-pair.js';
import {
  chartTitleStatement,
  factStatement,
  isSectionFigure,
  sectionStatement,
  withStatement,
} from './statement-title.js';

/** At most this many KPIs on a big-number slide. */
const MAX_KPIS = 4;

/**
 * The full cut of one section: divider, key points, key figures, comparison tables (groups of two),
 * charts (groups of three or more), quotes, timeline. Each paragraph's prose goes to the notes of
 * exactly one slide — the most specific one that condenses it; key points take the rest.
 */
export function sectionSlides(narrative: Narrative, section: Section): SlideDraft[] {
  const labels = deckLabels(narrative.language);
  const sectionId = section.id;
  const claimed = new Set<string>();
  const claim = (ids: string[]): string[] => {
    const mine = inReadingOrder(
      section,
      ids.filter((id) => !claimed.has(id)),
    );
    for (const id of mine) claimed.add(id);
    return mine;
  };
  const specific: SlideDraft[] = [];
  // Statement titles taken by a slide of this section: no two slides say the same thing.
  const used = new Set<string>();

  const groups = comparableGroups(section.facts);
  const grouped = new Set(groups.flatMap((g) => g.facts.map((f) => f.id)));
  const kpiFacts = rankKpiFacts(section.facts.filter((f) => !grouped.has(f.id))).slice(0, MAX_KPIS);
  // A lone span of time the section's summary and key points never write (AWS's "超过10年") is background, not the
  // section's message: no slide of its own (its paragraph stays in the notes, the quiz still asks about it).
  const lone = kpiFacts.length === 1 ? kpiFacts[0]! : undefined;
  const trivial = lone !== undefined && lone.kind === 'duration' && !isSectionFigure(section, lone);
  // Two key figures that are not a like pair (`isLikePair`) are shown apart, one slide each: side by side they read
  // as one comparison.
  const panels =
    kpiFacts.length === 2 && !isLikePair({ id: '', facts: kpiFacts }) ? kpiFacts.map((f) => [f]) : [kpiFacts];
  for (const facts of trivial ? [] : panels.filter((p) => p.length > 0)) {
    const ids = claim(facts.map((f) => f.paragraph));
    const data = { kpis: facts.map((f) => toKpi(narrative, f)) };
    const topic = `${section.title}${labels.join}${labels.keyFigures}`;
    const slide = draft('big-number', topic, data, { sectionId, paragraphIds: ids });
    specific.push(withStatement(slide, factStatement(narrative, section, facts, used)));
  }
  const extraNotes = new Map<SlideDraft, string>();
  const join = isChinese(narrative.language) ? '' : ' ';
  for (const group of groups) {
    const ids = claim(group.facts.map((f) => f.paragraph));
    const extra = { sectionId, paragraphIds: ids };
    const title = groupTitle(narrative, section.title, group);
    if (isUnlikeMeasures(group) || group.facts.length === 2) {
      // Unlike measures share no axis: one KPI card each (at most MAX_KPIS a slide), never one chart. Two like
      // figures make one comparison: a pair of cards says it larger than a two-row table. Two that are not alike
      // (`isLikePair`) are shown apart, one slide each.
      const size = group.facts.length === 2 && !isLikePair(group) ? 1 : MAX_KPIS;
      for (let at = 0; at < group.facts.length; at += size) {
        const facts = group.facts.slice(at, at + size);
        const data = { kpis: facts.map((f) => toKpi(narrative, f)) };
        const part = at === 0 ? extra : { sectionId, paragraphIds: claim(facts.map((f) => f.paragraph)) };
        const cards = draft('big-number', title, data, part);
        specific.push(withStatement(cards, factStatement(narrative, section, facts, used)));
      }
      continue;
    }
    const { caption, rest } = budgetCaption(
      group.facts.map((f) => f.statement),
      join,
    );
    const withCaption = caption === undefined ? {} : { caption };
    const slide = withStatement(
      draft('chart', title, { ...chartData(narrative, group), ...withCaption }, extra),
      chartTitleStatement(narrative, section, group, used),
    );
    specific.push(slide);
    if (rest.length > 0) extraNotes.set(slide, rest.join('\n\n'));
  }
  for (const group of selectQuotes(section, narrative.language)) {
    const ids = claim(group.map((q) => q.paragraph));
    const data = { quotes: group.map((q) => quoteEntry(narrative, q)) };
    specific.push(
      draft('quote', `${section.title}${labels.join}${labels.quote}`, data, { sectionId, paragraphIds: ids }),
    );
  }
  if (section.events.length >= 2) {
    const events = [...section.events].sort((a, b) => compareDates(a.date, b.date));
    const ids = claim(events.map((e) => e.paragraph));
    const data = {
      events: events.map((e) => ({
        date: e.date,
        dateText: formatEventDate(e.date, narrative.language),
        text: e.text,
      })),
    };
    specific.push(
      draft('timeline', `${section.title}${labels.join}${labels.timeline}`, data, { sectionId, paragraphIds: ids }),
    );
  }
  for (const slide of specific) {
    const notes = notesFor(section, slide.paragraphIds, section.summary);
    const more = extraNotes.get(slide);
    slide.notes = more === undefined ? notes : `${notes}\n\n${more}`;
  }

  const rest = claim(section.paragraphs.map((p) => p.id));
  const divider = draft(
    'section',
    section.title,
    { number: dividerNumber(section.number), title: section.title, summary: section.summary },
    { sectionId, notes: section.summary },
  );
  const keyPoints = withStatement(
    draft(
      'key-points',
      section.title,
      { points: [...section.keyPoints] },
      { sectionId, paragraphIds: rest, notes: notesFor(section, rest, section.summary) },
    ),
    sectionStatement(narrative, section, used),
  );
  return [divider, keyPoints, ...specific];
}
