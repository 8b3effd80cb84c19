import type { Slide } from '../model/deck-model.js';
import {
  BODY_LINE_PX,
  BUDGETS,
  CAPTION_COLUMNS,
  CAPTION_LINE_COST,
  CHART_MIN_LINES,
  HEADING_COLUMNS,
  LIST_ITEM_COLUMNS,
  MAX_CHART_POINTS,
  TITLE_COLUMNS,
} from './budgets.js';
import { kpiCardWidth, kpiLayout } from './kpi-size.js';
import { quoteLines, quoteSize } from './quote-size.js';
import { isRoomy, isRoomyTimeline, roomyEvents, roomyItems } from './roomy-list.js';
import { linesIn, type SetAs } from './text-measure.js';
import { type ThemeScale, themeScale } from './theme-scale.js';

/** A slide's text cost: lines taken by fixed parts, and by each item of its splittable list. */
export interface SlideMeasure {
  fixed: number;
  items: number[];
  /** Whether the list may be split over continuation slides. */
  splittable: boolean;
}

/**
 * Measures a slide against its layout's budget (see budgets.ts), in `lectern` body lines: in another theme
 * (`theme`) a line holds the columns that theme's text box holds, and costs the share of the room one of its
 * lines takes (theme-scale.ts), so the same budgets hold in every theme. Text is measured in the faces deck.html
 * embeds for the deck's `language` (text-measure.ts), bold where the theme sets it bold.
 */
export function measureSlide(slide: Slide, theme = 'lectern', language = 'zh-CN'): SlideMeasure {
  const scale = themeScale(theme);
  const lineCount = linesIn(language);
  const lines = (text: string, columns: number, as?: SetAs): number =>
    lineCount(text, Math.max(8, Math.floor(columns * scale.width)), as) / scale.height;
  const bold: SetAs = { bold: true };
  /** Lines a caption under a chart or table takes (22px type), with its top margin. */
  const caption = (text: string | undefined): number =>
    text === undefined || text === '' ? 0 : CAPTION_LINE_COST * lines(text, CAPTION_COLUMNS) + 0.3;
  const { gap } = BUDGETS[slide.layout];
  // A statement title's kicker takes room from the content in a theme that draws it inside its top padding.
  const heading = headingCost(slide.title, scale, language) + (slide.kicker === undefined ? 0 : scale.kicker);
  const own = scale.width === 1 && scale.height === 1;
  const list = slide.layout === 'key-points' || slide.layout === 'summary';
  const columns = own && list ? LIST_ITEM_COLUMNS : BUDGETS[slide.layout].columns;
  const each = (texts: string[], cols = columns): number[] => texts.map((t) => lines(t, cols) + gap);
  switch (slide.layout) {
    case 'key-points':
    case 'summary': {
      const points = slide.data.points;
      // Only our themes set a short list large (`roomy`); Marp's themes set it at their body size.
      const items =
        own && isRoomy(slide.layout, slide.title, points, language) ? roomyItems(points, language) : each(points);
      return { fixed: heading, items, splittable: true };
    }
    case 'agenda':
      return {
        fixed: heading,
        // An item without its summary (an agenda of titles only, frame-slides.ts) is its title line alone.
        items: slide.data.items.map(
          (i) =>
            lines(`${i.number} ${i.title}`, columns, bold) + (i.summary === '' ? 0 : 0.8 * lines(i.summary, 96)) + gap,
        ),
        splittable: true,
      };
    case 'comparison':
      // Header row, then one row per fact; a row is as tall as its taller cell.
      return {
        fixed: heading + 1 + gap + caption(slide.data.caption),
        items: slide.data.rows.map((r) => Math.max(lines(r.label, columns), lines(r.fact.text, columns, bold)) + gap),
        splittable: true,
      };
    case 'timeline': {
      const texts = slide.data.events.map((e) => e.text);
      const items = isRoomyTimeline(slide.title, texts, language) ? roomyEvents(texts, lines) : each(texts);
      return { fixed: heading, items, splittable: true };
    }
    case 'sources': {
      const s = slide.data.source;
      const head = [s.title, s.publication, s.author, s.date].filter(Boolean).join(' · ');
      const fixed = heading + (head ? lines(head, columns) : 0) + (s.note ? lines(s.note, columns) : 0) + 1;
      const items = slide.data.changes.map(
        (c) => lines(`${c.kind} ${c.original} → ${c.replacement} ${c.note}`, columns) + gap,
      );
      return { fixed, items, splittable: true };
    }
    case 'title':
      return {
        fixed:
          lines(slide.data.title, columns, { bold: true, title: true }) * 1.6 +
          (slide.data.subtitle ? lines(slide.data.subtitle, 60) : 0),
        items: [],
        splittable: false,
      };
    case 'section':
      return {
        fixed: lines(slide.data.title, 36, { bold: true, title: true }) * 1.8 + lines(slide.data.summary, columns),
        items: [],
        splittable: false,
      };
    case 'big-number': {
      // Cards in rows (kpi-size.ts): padding 48px, the value (one line), 14px, captions at 22px
      // (line 31.9px, in another theme 0.786 of its body line) as wide as the card; rows 24px apart, 30px
      // under the heading. The values keep their px size in every theme; the px total is in the theme's lines.
      const values = slide.data.kpis.map((k) => k.fact.text);
      const { perRow, size } = kpiLayout(values);
      const captionColumns = Math.floor(((kpiCardWidth(perRow) * 2) / 22) * scale.width);
      const captionLine = (31.9 * scale.line) / BODY_LINE_PX;
      let px = 30;
      for (let at = 0; at < slide.data.kpis.length; at += perRow) {
        const row = slide.data.kpis.slice(at, at + perRow);
        const captionLines = Math.max(0, ...row.map((k) => lineCount(k.caption, captionColumns)));
        px += (at > 0 ? 24 : 0) + 48 + size * 1.15 + 14 + captionLine * captionLines;
      }
      return { fixed: heading + px / (scale.line * scale.height), items: [], splittable: false };
    }
    case 'chart':
      return {
        fixed:
          heading + (slide.data.points.length > MAX_CHART_POINTS ? 99 : CHART_MIN_LINES) + caption(slide.data.caption),
        items: [],
        splittable: false,
      };
    case 'quote': {
      // The heading is a one-line kicker; each quotation at the slide's size, its attribution at 26px.
      const size = quoteSize(
        slide.data.quotes.map((q) => q.text),
        language,
      );
      // In Marp's themes the quotation is set at lectern's px sizes (themes/marp-layouts.css) in a box the theme's
      // quotation marks and letter spacing make ~10% narrower.
      const quote = (text: string): number =>
        own
          ? quoteLines(text, size, language)
          : (lineCount(`“${text}”`, Math.floor(size.columns * 0.9), bold) * size.px * 1.4) /
            (scale.line * scale.height);
      // The attribution: 26px in lectern; in Marp's themes 0.93em with a 0.7em top margin.
      const attribution = own ? 0.9 : 1.25;
      const each = slide.data.quotes.map((q) => quote(q.text) + attribution * lines(`— ${q.attribution}`, 80) + gap);
      return { fixed: 0.8 + each.reduce((a, b) => a + b, 0), items: [], splittable: false };
    }
    case 'checkpoint-question':
      return {
        fixed: heading + 1.2 * lines(slide.data.stem, columns, bold),
        items: each(slide.data.choices),
        splittable: false,
      };
    case 'checkpoint-answer':
      return {
        fixed:
          heading +
          0.8 * lines(slide.data.stem, 96) +
          1.2 * lines(slide.data.answer, columns) +
          lines(slide.data.rationale, columns),
        items: [],
        splittable: false,
      };
  }
}

/** Body lines the heading's lines after its first take (headings are bold). */
function headingCost(title: string, scale: ThemeScale, language: string): number {
  // Our themes draw headings in the embedded faces, measured exactly; Marp's themes in the system's fonts, for
  // which the column budget keeps its margin.
  const own = scale.title === 1;
  const columns = own ? HEADING_COLUMNS : Math.max(8, Math.floor(TITLE_COLUMNS * scale.title));
  const extra = linesIn(language)(title, columns, { bold: true, title: true }) - 1;
  return (extra * scale.headingLine) / scale.height;
}

/** Total lines the slide takes in `theme`, for a deck in `language`. */
export function slideCost(slide: Slide, theme = 'lectern', language = 'zh-CN'): number {
  const m = measureSlide(slide, theme, language);
  return m.fixed + m.items.reduce((a, b) => a + b, 0);
}

/** True when the slide's text exceeds its layout's budget in `theme`, for a deck in `language`. */
export function overflows(slide: Slide, theme = 'lectern', language = 'zh-CN'): boolean {
  return slideCost(slide, theme, language) > BUDGETS[slide.layout].lines + 1e-9;
}
