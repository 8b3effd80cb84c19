import type { ImportLanguage, SourceInfo } from '../model.js';
import type { EntityDraft } from '../nlp/entity-registry.js';
import type { Figure } from '../facts/figure.js';
import type { ReviewMark } from './review.js';

/** A drafted fact: the schema's fields, plus what the author should check. */
export interface DraftFact extends Omit<Figure, 'start' | 'numberAt' | 'doubt' | 'evidence'> {
  id: string;
  statement: string;
  evidence: string;
  period?: string;
  /** Entity key (see `EntityDraft.key`). */
  subject: string;
  metric: string;
  group?: string;
  label?: string;
  paragraph: string;
  review: ReviewMark[];
}

export interface DraftQuote {
  id: string;
  speaker: string;
  text: string;
  paragraph: string;
  review: ReviewMark[];
}

export interface DraftEvent {
  id: string;
  date: string;
  precision: 'year' | 'quarter' | 'month' | 'day';
  text: string;
  subject?: string;
  paragraph: string;
}

export interface DraftParagraph {
  id: string;
  text: string;
}

export interface DraftSection {
  id: string;
  number: string;
  title: string;
  summary: string;
  keyPoints: string[];
  paragraphs: DraftParagraph[];
  facts: DraftFact[];
  quotes: DraftQuote[];
  events: DraftEvent[];
  review: ReviewMark[];
}

export interface DraftObjective {
  id: string;
  text: string;
  sections: string[];
}

/** The whole drafted narrative, before it is written as files. */
export interface DraftNarrative {
  id: string;
  title: string;
  language: ImportLanguage;
  source: SourceInfo & { file: string; title?: string };
  entities: EntityDraft[];
  objectives: DraftObjective[];
  sections: DraftSection[];
  review: ReviewMark[];
}
