import type { z } from 'zod';
import type {
  AuthoredItemSchema,
  CutSchema,
  EditorialChangeSchema,
  EntitySchema,
  EventSchema,
  FactSchema,
  NarrativeMetaSchema,
  ObjectiveSchema,
  QuizBlueprintSchema,
  QuoteSchema,
  SourceSchema,
} from './schema/index.js';

/** A place in a content file. Lines and columns are 1-based; `file` is relative to the narrative folder. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Anything the loader found in a file carries where it was written. */
export type Located<T> = T & { loc: SourceLocation };

export type Entity = Located<z.output<typeof EntitySchema>>;
export type Fact = Located<z.output<typeof FactSchema>> & { sectionId: string };
export type Quote = Located<z.output<typeof QuoteSchema>> & { sectionId: string };
export type TimelineEvent = Located<z.output<typeof EventSchema>> & { sectionId: string };
export type AuthoredItem = Located<z.output<typeof AuthoredItemSchema>> & { sectionId: string };
export type Objective = Located<z.output<typeof ObjectiveSchema>>;
export type EditorialChange = Located<z.output<typeof EditorialChangeSchema>>;
export type Cut = Located<z.output<typeof CutSchema>>;
export type Source = z.output<typeof SourceSchema>;
export type QuizBlueprint = z.output<typeof QuizBlueprintSchema>;
export type NarrativeMeta = z.output<typeof NarrativeMetaSchema>;

/** One paragraph of a section's prose, verbatim as the content holds it. */
export interface Paragraph {
  /** Unique across the narrative: the `{#id}` marker, or `<section-id>-p<n>` when there is none. */
  id: string;
  sectionId: string;
  /** 0-based position in the section. */
  index: number;
  /** Plain text, without the id marker; inline Markdown is kept as written. */
  text: string;
  loc: SourceLocation;
}

export interface Section {
  id: string;
  /** 0-based reading order. */
  index: number;
  number: string;
  title: string;
  summary: string;
  keyPoints: string[];
  /** Path of the section file, relative to the narrative folder. */
  file: string;
  paragraphs: Paragraph[];
  facts: Fact[];
  quotes: Quote[];
  events: TimelineEvent[];
  items: AuthoredItem[];
  loc: SourceLocation;
}

/** A whole narrative, validated and with every cross-reference resolved. Plain data: safe to serialise. */
export interface Narrative {
  id: string;
  title: string;
  subtitle?: string;
  language: string;
  source: Source;
  entities: Entity[];
  objectives: Objective[];
  editorialChanges: EditorialChange[];
  cuts: Cut[];
  /** How quizzes are drawn from the item bank (absent in narratives built by hand: the defaults apply). */
  quiz?: QuizBlueprint;
  sections: Section[];
  /** Absolute folder the narrative was read from, when read from disk. */
  dir?: string;
}
