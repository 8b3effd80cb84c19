/**
 * The deck model: what each slide shows, as plain typed data. Nothing here is Markdown or HTML;
 * the Marp renderer and the PPTX exporter both build their output from these values, so a string
 * in this model is always literal text (escape it for whatever format you write).
 */
import type { SourceLocation } from '@lectern/narrative';
import type { PresentationNormalisation } from '../typography/display-text.js';

export type LayoutKind =
  | 'title'
  | 'agenda'
  | 'section'
  | 'key-points'
  | 'big-number'
  | 'comparison'
  | 'chart'
  | 'quote'
  | 'timeline'
  | 'summary'
  | 'sources'
  | 'checkpoint-question'
  | 'checkpoint-answer';

/** A figure from the content, with the number and the text to show for it. */
export interface FactValue {
  factId: string;
  /** The number as written in the content (without scale). @example 4600 */
  value: number;
  /** value × scale, for charts and comparisons across scales. @example 460000000000 */
  magnitude: number;
  unit: string;
  scale?: string;
  kind: string;
  qualifier: string;
  period?: string;
  /** The value formatted in the narrative's language. @example 4600亿美元 */
  text: string;
  /** Short label: the fact's label, else its subject's name. @example 2022 */
  label: string;
  /** The fact's statement, one sentence. */
  statement: string;
  /** Where the fact is written, for findings. */
  loc?: SourceLocation;
}

export interface TitleData {
  title: string;
  subtitle?: string;
  /** One line naming the source (publication, author, date). */
  sourceLine?: string;
  /** The cut's title when the deck is a cut. */
  cutTitle?: string;
}

export interface AgendaItem {
  number: string;
  title: string;
  summary: string;
}
export interface AgendaData {
  items: AgendaItem[];
}

export interface SectionDividerData {
  number: string;
  title: string;
  summary: string;
}

export interface KeyPointsData {
  points: string[];
}

export interface Kpi {
  fact: FactValue;
  /** What the number is, one short line. */
  caption: string;
}
export interface BigNumberData {
  kpis: Kpi[];
}

export interface ComparisonRow {
  label: string;
  fact: FactValue;
}
export interface ComparisonData {
  /** Stable metric key shared by the rows. @example revenue-growth */
  metric: string;
  unit: string;
  /** Column headings, in the narrative's language: label column, value column. */
  headers: [string, string];
  rows: ComparisonRow[];
  /** One line under the table: the facts' statements. */
  caption?: string;
}

/** Bar: peers side by side; line: one measure over time; donut: shares of one whole; waterfall: a bridge to a total. */
export type ChartKind = 'bar' | 'line' | 'donut' | 'waterfall';
/**
 * What a point is in its chart: the story's `subject` (accent) against its `peer`s (muted); a `remainder`
 * (the unnamed rest of a whole: grey); a waterfall's `increase`, `decrease` and `total`; or plain `value`.
 */
export type ChartRole = 'value' | 'subject' | 'peer' | 'remainder' | 'increase' | 'decrease' | 'total';
export interface ChartPoint {
  label: string;
  /** Plotted value, signed: the facts' magnitude (value × scale), negative for a loss or a cut. */
  value: number;
  /** The formatted value shown beside the point (with a minus sign when it is a decrease). */
  text: string;
  /** The fact shown; absent for a remainder, which is derived (100% less the named shares). */
  factId?: string;
  /** @default 'value' */
  role?: ChartRole;
}
/** One chart spec: the SVG chart and the native PPTX chart are both drawn from it, so they show the same thing. */
export interface ChartData {
  chart: ChartKind;
  metric: string;
  unit: string;
  points: ChartPoint[];
  /** The period all points share, as the deck writes it (`2023年第1季度`): the chart's subtitle. */
  subtitle?: string;
  /** One line under the chart, e.g. the group's common statement. */
  caption?: string;
}

/** One quotation: the words as written (without quotation marks), who said them, and where. */
export interface QuoteEntry {
  quoteId: string;
  text: string;
  speaker: string;
  context?: string;
  /** The line under the quote, without the dash: `speaker · context`, the name never twice. */
  attribution: string;
}
/**
 * A presenter's quote slide: one substantial quotation, or up to three short ones gathered on one
 * slide. Shown large, in quotation marks, with `— attribution` under each.
 */
export interface QuoteData {
  quotes: QuoteEntry[];
}

export interface TimelineEntry {
  date: string;
  /** The date formatted for display. @example 2023年4月 */
  dateText: string;
  text: string;
}
export interface TimelineData {
  events: TimelineEntry[];
}

export interface SummaryData {
  points: string[];
}

export interface EditorialNote {
  kind: string;
  original: string;
  replacement: string;
  note: string;
  paragraphId?: string;
  sourceLine?: number;
}
export interface SourcesData {
  source: {
    title?: string;
    publication?: string;
    author?: string;
    date?: string;
    url?: string;
    note?: string;
  };
  changes: EditorialNote[];
}

export interface CheckpointQuestionData {
  itemId: string;
  stem: string;
  choices: string[];
}
export interface CheckpointAnswerData {
  itemId: string;
  stem: string;
  answer: string;
  rationale: string;
}

/** Maps each layout to the data its slides carry. */
export interface LayoutDataMap {
  title: TitleData;
  agenda: AgendaData;
  section: SectionDividerData;
  'key-points': KeyPointsData;
  'big-number': BigNumberData;
  comparison: ComparisonData;
  chart: ChartData;
  quote: QuoteData;
  timeline: TimelineData;
  summary: SummaryData;
  sources: SourcesData;
  'checkpoint-question': CheckpointQuestionData;
  'checkpoint-answer': CheckpointAnswerData;
}

interface SlideBase<L extends LayoutKind> {
  /** 0-based position in the deck. */
  index: number;
  layout: L;
  /**
   * Heading shown on the slide, plain text; includes `（续）`/`(cont.)` on continuation slides. On a slide that
   * makes a point (key points, figures, a chart or table) it says the point: a key point or the statement of a
   * fact it shows, within the title budget (`statement-title.ts`).
   */
  title: string;
  /** The slide's topic, shown small above a statement title: the section, and what the slide shows. */
  kicker?: string;
  sectionId?: string;
  /** The passages the slide condenses. */
  paragraphIds: string[];
  /** Speaker notes, plain text (paragraphs separated by blank lines). */
  notes: string;
  /** Set when an overflowing slide was split: part is 1-based. */
  continuation?: { part: number; of: number };
  data: LayoutDataMap[L];
}

/** One slide: a discriminated union on `layout`. */
export type Slide = { [L in LayoutKind]: SlideBase<L> }[LayoutKind];
export type SlideOf<L extends LayoutKind> = SlideBase<L>;

export interface DeckModel {
  narrativeId: string;
  language: string;
  title: string;
  /** `full` or a cut id from the narrative. */
  cut: string;
  theme: string;
  slides: Slide[];
  /**
   * Where the slides show text differently from the content (full-width punctuation in Chinese display
   * text); the content and the notes are as written.
   */
  normalisations?: PresentationNormalisation[];
}

/** A comprehension question shown as a checkpoint after its section (@lectern/course makes them from quiz items). */
export interface CheckpointQuestion {
  itemId: string;
  sectionId: string;
  stem: string;
  choices?: string[];
  answer: string;
  rationale: string;
  paragraphIds: string[];
}
