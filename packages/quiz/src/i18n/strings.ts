/**
 * Every piece of learner-facing text a generator writes, per language. Placeholders are `{name}`.
 * Templates are whole sentences so each language can order the parts its own way.
 */
export interface QuizStrings {
  /** Asks for a figure by subject, metric and period. */
  figureQuestion: string;
  /** Same without a period. */
  figureQuestionNoPeriod: string;
  /** Asks what fills the blank in a sentence from the text. */
  blankChoiceQuestion: string;
  /** Numeric entry by subject, metric and period; `{unit}` is the answer's unit. */
  figureEntry: string;
  figureEntryNoPeriod: string;
  /** Numeric entry on a sentence with a blank. */
  blankEntry: string;
  /** Appended to an entry stem when the answer has a unit. */
  unitHint: string;
  /** Matching by one metric. */
  matchingMetric: string;
  matchingMetricNoPeriod: string;
  /** Matching subjects to claims. */
  matchingClaims: string;
  ordering: string;
  trueFalse: string;
  cloze: string;
  /** Rationale quoting the evidence. */
  rationaleEvidence: string;
  rationaleMatching: string;
  rationaleOrdering: string;
  /** Feedback for a false statement: the true one. */
  feedbackFalse: string;
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
  period: {
    year: string;
    quarter: string;
    month: string;
    day: string;
    quarterNames: readonly [string, string, string, string];
  };
  /** Plural noun for a group of subjects of one entity kind. */
  subjectKinds: Record<string, string>;
  /** Display labels for metric keys; unknown metrics fall back to the fact's statement with a blank. */
  metricLabels: Record<string, string>;
  trueLabel: string;
  falseLabel: string;
  /** How a rationale names a paragraph of the text: `{section}` is the part's number, `{paragraph}` 1-based. */
  paragraphCitation: string;
}

/** Replaces `{name}` placeholders; unknown names are left as written so a missing value is visible in tests. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
