import type { Slide } from '../model/deck-model.js';
import type { SlideDraft } from '../model/draft.js';
import { deckLabels } from '../model/labels.js';
import { BUDGETS } from './budgets.js';
import { measureSlide, overflows } from './measure-slide.js';

/** The same slide holding only the list items in `range` (start inclusive, end exclusive). */
function withItems(slide: Slide, start: number, end: number): Slide {
  switch (slide.layout) {
    case 'key-points':
    case 'summary':
      return { ...slide, data: { ...slide.data, points: slide.data.points.slice(start, end) } };
    case 'agenda':
      return { ...slide, data: { ...slide.data, items: slide.data.items.slice(start, end) } };
    case 'comparison':
      return { ...slide, data: { ...slide.data, rows: slide.data.rows.slice(start, end) } };
    case 'timeline':
      return { ...slide, data: { ...slide.data, events: slide.data.events.slice(start, end) } };
    case 'sources':
      return { ...slide, data: { ...slide.data, changes: slide.data.changes.slice(start, end) } };
    default:
      return slide;
  }
}

/** Greedy page breaks: each page takes items while they fit; an item too big for a page gets one alone. */
export function pageBreaks(items: readonly number[], room: number): Array<[number, number]> {
  const pages: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  items.forEach((cost, i) => {
    if (i > start && used + cost > room + 1e-9) {
      pages.push([start, i]);
      start = i;
      used = 0;
    }
    used += cost;
  });
  if (items.length > 0) pages.push([start, items.length]);
  return pages;
}

/**
 * Splits an overflowing list slide into continuation slides (`（续）` / `(cont.)` in the title);
 * returns the slide unchanged when it fits or cannot be split. Never drops text: what is still too
 * dense after splitting is left for `lintDeck` to report.
 */
export function splitSlide(draft: SlideDraft, language: string): SlideDraft[] {
  const slide = { ...draft, index: 0 } as Slide;
  if (!overflows(slide)) return [draft];
  const measure = measureSlide(slide);
  if (!measure.splittable || measure.items.length < 2) return [draft];
  const suffix = deckLabels(language).continued;
  const contTitle = `${slide.title}${suffix}`;
  const contFixed = measureSlide({ ...slide, title: contTitle } as Slide).fixed;
  const room = BUDGETS[slide.layout].lines - Math.max(measure.fixed, contFixed);
  const pages = pageBreaks(measure.items, room);
  if (pages.length < 2) return [draft];
  return pages.map(([start, end], i) => {
    const { index: _index, ...part } = withItems(slide, start, end);
    const out = part as SlideDraft;
    if (i > 0) out.title = contTitle;
    out.continuation = { part: i + 1, of: pages.length };
    return out;
  });
}
