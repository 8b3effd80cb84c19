import { analysisInputError } from './analysis-input-error.js';
import type { LearnerResponses } from './learner-responses.js';
import { choiceOf, type ResultsFile, ResultsFileSchema } from './results-file.js';

/** Parses a quiz.html results file (JSON) into one learner's responses. */
export function readResultsFile(
  text: string,
  file: string,
  fallbackName: string,
): LearnerResponses & { results: ResultsFile } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw analysisInputError(
      file,
      `not valid JSON (${(e as Error).message})`,
      'pass the .json file quiz.html downloads',
    );
  }
  const parsed = ResultsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw analysisInputError(
      file,
      `not a quiz.html results file: ${issue.path.join('.') || 'the top level'}: ${issue.message}`,
      'download the results from quiz.html ("JSON"), or pass a Moodle Responses report (.csv)',
    );
  }
  const results = parsed.data;
  return {
    learner: results.learner?.trim() || fallbackName,
    origin: file,
    answers: new Map(results.items.map((it) => [it.id, { choice: choiceOf(it.response), score: it.correct }])),
    results,
  };
}
