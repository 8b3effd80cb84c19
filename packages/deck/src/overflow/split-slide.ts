import type { Slide } from '../model/deck-model.js';
import type { SlideDraft } from '../model/draft.js';
import { agendaNotes, summaryNotes } from '../model/frame-slides.js';
import { deckLabels } from '../model/labels.js';
import { balancedPages } from './balanced-pages.js';
import { BUDGETS } from './budgets.js';
import { measureSlide, overflows } from './measure-slide.js';

/** The same slide holding only the list items in `range` (start inclusive, end exclusive). */
function withItems(slide: Slide, start: number, end: number): Slide {
  switch (slide.layout) {
    case 'key-points':
      return { ...slide, data: { ...slide.data, points: slide.data.points.slice(start, end) } };
    // Note: an agenda's or summary's notes list its entries; a page's notes list the page's (a deck of n sections
    // would otherwise carry n entries on each of its n/5 pages).
    case 'summary': {
      const points = slide.data.points.slice(start, end);
      return { ...slide, notes: summaryNotes(points), data: { ...slide.data, points } };
    }
    case 'agenda': {
      const items = slide.data.items.slice(start, end);
      return { ...slide, notes: agendaNotes(items), data: { ...slide.data, items } };
    }
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

/** Page ranges of `n` items over `k` pages, as even as counts go: 7 over 2 → 4 + 3. */
export function evenPages(n: number, k: number): Array<[number, number]> {
  const pages: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
    pages.push([start, start + size]);
    start += size;
  }
  return pages;
}

/** Greedy pages, then a lone last item takes a companion from the page before when both still fit. */
function balancedGreedy(
  items: readonly number[],
  room: number,
  fits: (range: [number, number]) => boolean,
): Array<[number, number]> {
  const pages = pageBreaks(items, room);
  const last = pages[pages.length - 1];
  const before = pages[pages.length - 2];
  if (last && before && last[1] - last[0] === 1 && before[1] - before[0] >= 3) {
    const moved: [number, number] = [last[0] - 1, last[1]];
    if (fits(moved)) {
      pages[pages.length - 2] = [before[0], before[1] - 1];
      pages[pages.length - 1] = moved;
    }
  }
  return pages;
}

/**
 * Splits an overflowing list slide into continuation slides (`（续）` / `(cont.)` in the title);
 * returns the slide unchanged when it fits or cannot be split. Pages are as even in size as they can be
 * (7 like points → 4 + 3) with no page holding a lone item when the list is long enough to avoid it; each
 * page is measured as it will be shown (a short page may be set large). Never drops text: what is
 * still too dense after splitting is left for `lintDeck` to report. Measured for `theme` (theme-scale.ts).
 */
export function splitSlide(draft: SlideDraft, language: string, theme = 'lectern'): SlideDraft[] {
  const slide = { ...draft, index: 0 } as Slide;
  if (!overflows(slide, theme, language)) return [draft];
  const measure = measureSlide(slide, theme, language);
  const n = measure.items.length;
  if (!measure.splittable || n < 2) return [draft];
  const suffix = deckLabels(language).continued;
  const contTitle = `${slide.title}${suffix}`;
  const pageSlide = ([start, end]: [number, number], i: number): Slide => {
    const part = withItems(slide, start, end);
    return i > 0 ? ({ ...part, title: contTitle } as Slide) : part;
  };
  // A range fits as a first page and as a continuation page (its position is not known yet).
  const fits = (range: [number, number]): boolean =>
    !overflows(pageSlide(range, 0), theme, language) && !overflows(pageSlide(range, 1), theme, language);
  const contFixed = measureSlide({ ...slide, title: contTitle } as Slide, theme, language).fixed;
  const room = BUDGETS[slide.layout].lines - Math.max(measure.fixed, contFixed);
  const greedy = pageBreaks(measure.items, room);
  let pages: Array<[number, number]> | undefined;
  for (let k = Math.max(2, greedy.length); k <= n && pages === undefined; k++) {
    // As even by size as possible (8 events of which the last 4 are twice as long: 5 + 3, not 4 + 4, which
    // would leave the first page a third full); else as even by count; with no lone item when avoidable.
    const least = n >= 2 * k ? 2 : 1;
    for (const candidate of [balancedPages(measure.items, k, least), evenPages(n, k)]) {
      if (pages !== undefined || candidate === undefined) continue;
      const lone = candidate.some(([a, b]) => b - a === 1);
      if (candidate.every(fits) && (!lone || least === 1)) pages = candidate;
    }
  }
  pages ??= balancedGreedy(measure.items, room, fits);
  if (pages.length < 2) return [draft];
  return pages.map((range, i) => {
    const { index: _index, ...part } = pageSlide(range, i);
    const out = part as SlideDraft;
    out.continuation = { part: i + 1, of: pages.length };
    return out;
  });
}
