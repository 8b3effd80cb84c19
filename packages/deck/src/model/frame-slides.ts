import type { Narrative, Section } from '@lectern/narrative';
import { overflows } from '../overflow/measure-slide.js';
import type { AgendaItem, Slide } from './deck-model.js';
import type { SlideDraft } from './draft.js';
import { draft } from './draft.js';
import { deckLabels } from './labels.js';

/** One line naming the source: publication, author, date. */
export function sourceLine(narrative: Narrative): string | undefined {
  const s = narrative.source;
  const parts = [s.title, s.publication, s.author, s.date].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function titleSlide(narrative: Narrative, cutTitle?: string): SlideDraft {
  const data: SlideDraft['data'] = { title: narrative.title };
  if (narrative.subtitle !== undefined) Object.assign(data, { subtitle: narrative.subtitle });
  const line = sourceLine(narrative);
  if (line !== undefined) Object.assign(data, { sourceLine: line });
  if (cutTitle !== undefined) Object.assign(data, { cutTitle });
  const notes = [narrative.title, narrative.subtitle, line, narrative.source.note].filter(Boolean).join('\n\n');
  return draft('title', narrative.title, data, { notes });
}

/** The speaker notes of an agenda slide (or of one page of it): each entry it lists. */
export function agendaNotes(items: readonly AgendaItem[]): string {
  return items.map((i) => `${i.number} ${i.title}: ${i.summary}`).join('\n\n');
}

/** The speaker notes of a summary slide (or of one page of it): each point it lists. */
export function summaryNotes(points: readonly string[]): string {
  return points.join('\n\n');
}

/**
 * The agenda: each section's number, title and summary. Where the summaries would take it over one slide of the
 * theme (`theme`) while the titles alone fit, it lists the titles only, on one slide: an agenda is read at a glance,
 * and the summaries stay in its notes (and on each section's divider).
 */
export function agendaSlide(narrative: Narrative, sections: readonly Section[], theme = 'lectern'): SlideDraft {
  const labels = deckLabels(narrative.language);
  const items = sections.map((s) => ({ number: s.number, title: s.title, summary: s.summary }));
  const notes = { notes: agendaNotes(items) };
  const full = draft('agenda', labels.agenda, { items }, notes);
  if (!overflows({ ...full, index: 0 } as Slide, theme)) return full;
  const titles = draft('agenda', labels.agenda, { items: items.map((i) => ({ ...i, summary: '' })) }, notes);
  return overflows({ ...titles, index: 0 } as Slide, theme) ? full : titles;
}

/** Takeaways: each section's one-line summary. */
export function summarySlide(narrative: Narrative, sections: readonly Section[]): SlideDraft {
  const labels = deckLabels(narrative.language);
  const points = sections.map((s) => s.summary);
  return draft('summary', labels.summary, { points }, { notes: summaryNotes(points) });
}

/** True when the sources slide has something to show: a source line, a note on the source, or an editorial change. */
function hasSources(narrative: Narrative): boolean {
  return (
    sourceLine(narrative) !== undefined || narrative.source.note !== undefined || narrative.editorialChanges.length > 0
  );
}

/** Source and every place where the content departs from it, so the audience can tell them apart. */
function sourcesSlide(narrative: Narrative): SlideDraft {
  const labels = deckLabels(narrative.language);
  const s = narrative.source;
  const source: Record<string, string> = {};
  for (const key of ['title', 'publication', 'author', 'date', 'url', 'note'] as const) {
    const v = s[key];
    if (v !== undefined) source[key] = v;
  }
  const changes = narrative.editorialChanges.map((c) => {
    const note: {
      kind: string;
      original: string;
      replacement: string;
      note: string;
      paragraphId?: string;
      sourceLine?: number;
    } = {
      kind: labels.kinds[c.kind] ?? c.kind,
      original: c.original,
      replacement: c.replacement,
      note: c.note,
    };
    if (c.paragraph !== undefined) note.paragraphId = c.paragraph;
    if (c.sourceLine !== undefined) note.sourceLine = c.sourceLine;
    return note;
  });
  const notes = [
    sourceLine(narrative),
    s.note,
    ...changes.map((c) => `${c.kind}: ${c.original} → ${c.replacement}. ${c.note}`),
  ]
    .filter(Boolean)
    .join('\n\n');
  return draft('sources', labels.sources, { source, changes }, { notes });
}

/** The closing appendix of a deck or cut: its sources slide, unless the cut leaves it out or it has nothing to show. */
export function appendixSlides(narrative: Narrative, cut: { appendix?: boolean } | undefined): SlideDraft[] {
  return cut?.appendix !== false && hasSources(narrative) ? [sourcesSlide(narrative)] : [];
}
