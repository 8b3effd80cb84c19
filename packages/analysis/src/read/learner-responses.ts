import { type AnalysisItem, emptyMatrix, type ResponseMatrix } from '../response-matrix.js';

/** One learner's answers from one source: item id → chosen option(s) and credit. */
export interface LearnerResponses {
  learner: string;
  /** Where the answers came from, for messages: `file` or `file:line`. */
  origin: string;
  answers: Map<string, { choice: string; score: number }>;
}

/**
 * The response matrix of these learners on these items. Answers to items the quiz does not have are
 * returned as `unknownItems` (a results file of another quiz, or another seed), not silently dropped.
 */
export function buildMatrix(
  items: AnalysisItem[],
  learners: LearnerResponses[],
): { matrix: ResponseMatrix; unknownItems: { origin: string; id: string }[] } {
  const index = new Map(items.map((it, i) => [it.id, i]));
  const k = items.length;
  const matrix = emptyMatrix(
    items,
    learners.map((l) => l.learner),
  );
  const unknownItems: { origin: string; id: string }[] = [];
  learners.forEach((l, row) => {
    for (const [id, answer] of l.answers) {
      const i = index.get(id);
      if (i === undefined) {
        unknownItems.push({ origin: l.origin, id });
        continue;
      }
      matrix.scores[row * k + i] = answer.score;
      matrix.choices[i]![row] = answer.choice;
    }
  });
  return { matrix, unknownItems };
}
