import type { Slide } from '../model/deck-model.js';
import { BUDGETS, MAX_CHART_POINTS, TITLE_COLUMNS, TITLE_LINE_COST } from './budgets.js';
import { quoteLines, quoteSize } from './quote-size.js';
import { lineCount } from './text-width.js';

/** A slide's text cost: lines taken by fixed parts, and by each item of its splittable list. */
export interface SlideMeasure {
  fixed: number;
  items: number[];
  /** Whether the list may be split over continuation slides. */
  splittable: boolean;
}

const lines = (text: string, columns: number): number => lineCount(text, columns);

/** Measures a slide against its layout's budget (see budgets.ts). */
export function measureSlide(slide: Slide): SlideMeasure {
  const { columns, gap } = BUDGETS[slide.layout];
  const heading = (lines(slide.title, TITLE_COLUMNS) - 1) * TITLE_LINE_COST;
  const each = (texts: string[], cols = columns): number[] => texts.map((t) => lines(t, cols) + gap);
  switch (slide.layout) {
    case 'key-points':
    case 'summary':
      return { fixed: heading, items: each(slide.data.points), splittable: true };
    case 'agenda':
      return {
        fixed: heading,
        items: slide.data.items.map((i) => lines(`${i.number} ${i.title}`, columns) + 0.8 * lines(i.summary, 96) + gap),
        splittable: true,
      };
    case 'comparison':
      // Header row, then one row per fact; a row is as tall as its taller cell.
      return {
        fixed: heading + 1 + gap + (slide.data.caption ? 0.8 * lines(slide.data.caption, 96) + 0.5 : 0),
        items: slide.data.rows.map((r) => Math.max(lines(r.label, columns), lines(r.fact.text, columns)) + gap),
        splittable: true,
      };
    case 'timeline':
      return { fixed: heading, items: slide.data.events.map((e) => lines(e.text, columns) + gap), splittable: true };
    case 'sources': {
      const s = slide.data.source;
      const head = [s.title, s.publication, s.author, s.date].filter(Boolean).join(' · ');
      const fixed = heading + (head ? lines(head, columns) : 0) + (s.note ? lines(s.note, columns) : 0) + 1;
      const items = slide.data.changes.map((c) => lines(`${c.kind} ${c.original} → ${c.replacement} ${c.note}`, columns) + gap);
      return { fixed, items, splittable: true };
    }
    case 'title':
      return { fixed: lines(slide.data.title, columns) * 1.6 + (slide.data.subtitle ? lines(slide.data.subtitle, 60) : 0), items: [], splittable: false };
    case 'section':
      return { fixed: lines(slide.data.title, 36) * 1.8 + lines(slide.data.summary, columns), items: [], splittable: false };
    case 'big-number': {
      // KPIs sit side by side; the tallest caption decides. Captions are set at 22px.
      const n = Math.max(1, slide.data.kpis.length);
      const colWidth = Math.floor(96 / n);
      const tallest = Math.max(0, ...slide.data.kpis.map((k) => 0.8 * lines(k.caption, colWidth) + 2.5));
      return { fixed: heading + tallest, items: [], splittable: false };
    }
    case 'chart':
      return {
        fixed: heading + (slide.data.points.length > MAX_CHART_POINTS ? 99 : 7) + (slide.data.caption ? lines(slide.data.caption, columns) : 0),
        items: [],
        splittable: false,
      };
    case 'quote': {
      // The heading is a one-line kicker; each quotation at the slide's size, its attribution at 26px.
      const size = quoteSize(slide.data.quotes.map((q) => q.text));
      const each = slide.data.quotes.map((q) => quoteLines(q.text, size) + 0.9 * lines(`— ${q.attribution}`, 80) + gap);
      return { fixed: 0.8 + each.reduce((a, b) => a + b, 0), items: [], splittable: false };
    }
    case 'checkpoint-question':
      return { fixed: heading + 1.2 * lines(slide.data.stem, columns), items: each(slide.data.choices), splittable: false };
    case 'checkpoint-answer':
      return {
        fixed: heading + 0.8 * lines(slide.data.stem, 96) + 1.2 * lines(slide.data.answer, columns) + lines(slide.data.rationale, columns),
        items: [],
        splittable: false,
      };
  }
}

/** Total lines the slide takes. */
export function slideCost(slide: Slide): number {
  const m = measureSlide(slide);
  return m.fixed + m.items.reduce((a, b) => a + b, 0);
}

/** True when the slide's text exceeds its layout's budget. */
export function overflows(slide: Slide): boolean {
  return slideCost(slide) > BUDGETS[slide.layout].lines + 1e-9;
}
