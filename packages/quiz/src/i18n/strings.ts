import { hashString } from '../util/rng.js';

/** Several phrasings of one question; an item's id (and the bank's seed) picks one, so stems do not all read alike. */
export type Variants = readonly [string, ...string[]];

/**
 * Every piece of learner-facing text a generator writes, per language. Placeholders are `{name}`.
 * Templates are whole sentences so each language can order the parts its own way.
 */
export interface QuizStrings {
  /** Asks for a figure by subject, metric and period (`{owner}` is the subject in the possessive). */
  figureQuestion: Variants;
  /** Same without a period. */
  figureQuestionNoPeriod: Variants;
  /** Asks what fills the blank in a sentence from the text. */
  blankChoiceQuestion: Variants;
  /** Numeric entry by subject, metric and period; `{unitHint}` names the answer's unit. */
  figureEntry: Variants;
  figureEntryNoPeriod: Variants;
  /** Numeric entry on a sentence with a blank. */
  blankEntry: Variants;
  /** Appended to an entry stem when the answer has a unit. */
  unitHint: string;
  /** Matching by one metric. */
  matchingMetric: Variants;
  matchingMetricNoPeriod: Variants;
  /** Matching subjects to claims. */
  matchingClaims: Variants;
  ordering: Variants;
  trueFalse: Variants;
  cloze: Variants;
  /** Which member of a group has the highest / lowest figure. */
  compareMax: Variants;
  compareMin: Variants;
  /** Rank a group's members by their figure (an ordering item). */
  compareRank: Variants;
  /** By how many percentage points one member's figure exceeds another's. */
  compareGap: Variants;
  /** The same four for figures without a period. */
  compareMaxNoPeriod: Variants;
  compareMinNoPeriod: Variants;
  compareRankNoPeriod: Variants;
  compareGapNoPeriod: Variants;
  /** How one subject's figure moved between two periods. */
  trend: Variants;
  trendRose: string;
  trendFell: string;
  trendFlat: string;
  trendRoseThenFell: string;
  trendFellThenRose: string;
  /** The cause the text gives for an effect (`{effect}` is a clause from the text). */
  cause: Variants;
  /** True/false on a section's key point or summary. */
  keyPoint: Variants;
  /** Which statement sums up a part of the text. */
  sectionArgument: Variants;
  /** Who said a quotation. */
  quoteSpeaker: Variants;
  /** What a quotation meant, as the text uses it (`{speaker}`, `{text}`). */
  quoteMeaning: Variants;
  /** Rationale quoting the evidence. */
  rationaleEvidence: string;
  rationaleMatching: string;
  rationaleOrdering: string;
  /** Rationale of a comparison: the figures side by side. */
  rationaleCompare: string;
  /** Rationale of a gap: the subtraction. */
  rationaleGap: string;
  /** Rationale of a cause item: the sentence that states it. */
  rationaleCause: string;
  /** Rationale of a key-point item: where the part says it. */
  rationaleKeyPoint: string;
  /** Rationale of a section-argument item. */
  rationaleArgument: string;
  /** Rationale of a quote item. */
  rationaleQuote: string;
  /** Rationale of a quote-meaning item: the sentence quoting it and the point it makes (`{sentence}`, `{point}`). */
  rationaleQuoteMeaning: string;
  /** Feedback for a false statement: the true one (follows the verdict, so it opens with what the text says). */
  feedbackFalse: string;
  /** Feedback for a true statement. */
  feedbackTrue: string;
  blank: string;
  /** Wraps a quoted sentence. */
  quote: string;
  /** Joins list entries in a rationale. */
  listSeparator: string;
  /** Between a date and what happened, in a rationale. */
  dateSeparator: string;
  /** Between steps of a sequence in a rationale. */
  sequenceSeparator: string;
  /** Sentence end punctuation added to statements that lack it. */
  fullStop: string;
  /** Unit of a difference between two percentages. */
  percentagePoints: string;
  period: {
    year: string;
    quarter: string;
    month: string;
    day: string;
    quarterNames: readonly [string, string, string, string];
    /** A fiscal year (`FY2025`): `{year}`. */
    fiscalYear: string;
    /** A fiscal quarter (`FY2025-Q1`): `{year}`, `{quarter}` (a quarter name), `{quarterNumber}`. */
    fiscalQuarter: string;
    /** A half year (`2024-H1`): `{year}`, `{half}` (a half name). */
    half: string;
    halfNames: readonly [string, string];
  };
  /** Plural noun for a group of subjects of one entity kind. */
  subjectKinds: Record<string, string>;
  /** Display labels for metric keys; unknown metrics fall back to the fact's statement with a blank. */
  metricLabels: Record<string, string>;
  trueLabel: string;
  falseLabel: string;
  /** How a rationale names a paragraph of the text: `{section}` is the part's number, `{paragraph}` 1-based. */
  paragraphCitation: string;
  /** Where a learner finds an item's passage: `{section}` number, `{title}`, `{paragraphs}` (1-based, joined). */
  sourceLabel: string;
  /** A part of the text as a sentence names it: `{section}` number, `{title}`. */
  partName: string;
  /** Joins paragraph numbers in a source label. */
  numberSeparator: string;
  /** A name in the possessive, as a stem puts it before a metric (`Amazon's`, `亚马逊的`). */
  possessive(name: string): string;
}

/** Replaces `{name}` placeholders; unknown names are left as written so a missing value is visible in tests. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Text to set inside quotation marks: its own “double” quotes become ‘single’ ones, so quotes nest. */
export function nestQuotes(text: string): string {
  const nested = text.replace(/“/g, '‘').replace(/”/g, '’');
  // A sentence cut out of a longer quotation may open a quote it does not close: close it, so the marks pair up.
  const open = (nested.match(/‘/g) ?? []).length - (nested.match(/’/g) ?? []).length;
  return open > 0 ? `${nested}${'’'.repeat(open)}` : nested;
}

/** The phrasing `key` (an item's id, mixed with a seed) picks among a template's variants. */
export function pickVariant(variants: Variants, key: string, seed = 0): string {
  return variants[hashString(`${seed}\u0000${key}`) % variants.length] as string;
}

/** A statement as a sentence: the language's full stop added when it ends without closing punctuation. */
export function asSentence(text: string, strings: QuizStrings): string {
  const trimmed = text.trim();
  return /[.!?。！？…”"’)）]$/u.test(trimmed) ? trimmed : `${trimmed}${strings.fullStop}`;
}
