/** What the analysis knows about one item: enough to name it, group it and point back at the content. */
export interface AnalysisItem {
  id: string;
  /** 1-based position in the quiz, when known. */
  number?: number;
  type: string;
  /** Option ids of a choice item (single, multiple, true-false) with whether each is keyed. */
  options?: { id: string; text: string; correct: boolean }[];
  sectionId?: string;
  objective?: string;
  paragraphIds?: string[];
  slide?: number;
  /** Where an authored item was written, for `lectern check --analysis`. */
  loc?: { file: string; line: number; column: number };
}

/**
 * Scored responses, learner-major: `scores[l * items.length + i]` is learner l's credit on item i in [0, 1],
 * `NaN` when the learner did not see the item. `choices[i][l]` is the option id(s) learner l chose on a choice
 * item (several joined by `+` for multiple response), `''` for no answer.
 */
export interface ResponseMatrix {
  items: AnalysisItem[];
  learners: string[];
  scores: Float64Array;
  choices: string[][];
}

/** An empty matrix for these items and learners (every score unseen). */
export function emptyMatrix(items: AnalysisItem[], learners: string[]): ResponseMatrix {
  return {
    items,
    learners,
    scores: new Float64Array(items.length * learners.length).fill(Number.NaN),
    choices: items.map(() => new Array<string>(learners.length).fill('')),
  };
}
