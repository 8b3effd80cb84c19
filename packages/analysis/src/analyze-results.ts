import type { Quiz } from '@lectern/quiz';
import { type Analysis, type AnalyzeOptions, analyzeResponses } from './analyze.js';
import { analysisInputError } from './read/analysis-input-error.js';
import { buildMatrix, type LearnerResponses } from './read/learner-responses.js';
import { analysisItemsOf } from './read/quiz-items.js';
import { readMoodleResponses } from './read/read-moodle-responses.js';
import { readResultsFile } from './read/read-results-file.js';

/** One input file, already read. */
export interface ResultsInput {
  file: string;
  text: string;
}

/**
 * Analyses quiz.html results files (`.json`) and Moodle Responses reports (`.csv`) against the quiz they
 * answer. `notes` says how Moodle slots were mapped and which answers matched no item.
 */
export function analyzeResults(
  inputs: ResultsInput[],
  quiz: Quiz,
  options: AnalyzeOptions = {},
): { analysis: Analysis; notes: string[] } {
  const learners: LearnerResponses[] = [];
  const notes: string[] = [];
  for (const { file, text } of inputs) {
    if (/\.csv$/i.test(file)) {
      const read = readMoodleResponses(text, file, quiz);
      learners.push(...read.learners);
      const by = new Map<string, number>();
      for (const m of read.mapping) by.set(m.by, (by.get(m.by) ?? 0) + 1);
      notes.push(
        `${file}: ${read.learners.length} learners; slots matched by ${[...by].map(([k, n]) => `${k} ${n}`).join(', ')}`,
      );
    } else {
      const read = readResultsFile(text, file, `learner ${learners.length + 1}`);
      if (read.results.quiz.narrativeId !== quiz.narrativeId)
        throw analysisInputError(
          file,
          `results of quiz "${read.results.quiz.narrativeId}", not "${quiz.narrativeId}"`,
          'pass the quiz.json the results were taken on with --quiz',
        );
      learners.push(read);
    }
  }
  if (learners.length === 0)
    throw analysisInputError(inputs[0]?.file ?? '', 'no learners in the results', 'pass at least one results file');
  const { matrix, unknownItems } = buildMatrix(analysisItemsOf(quiz), learners);
  for (const u of unknownItems) notes.push(`${u.origin}: item "${u.id}" is not in the quiz (ignored)`);
  const analysis = analyzeResponses(matrix, options);
  return {
    analysis: { ...analysis, quiz: { narrativeId: quiz.narrativeId, title: quiz.title, seed: quiz.seed } },
    notes,
  };
}
