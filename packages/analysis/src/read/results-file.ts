import { z } from 'zod';

/** One answered item in a quiz.html results file. */
export const ResultItemSchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  /** Option id, option ids, text, or a structured answer (matching, ordering, cloze). */
  response: z.unknown(),
  /** Credit in [0, 1]. */
  correct: z.number().min(0).max(1),
  /** Milliseconds spent on the item, when measured. */
  timeMs: z.number().nonnegative().optional(),
});

/** What quiz.html's "download results (JSON)" writes. */
export const ResultsFileSchema = z.object({
  format: z.literal('lectern-quiz-results'),
  version: z.literal(1),
  quiz: z.object({ narrativeId: z.string(), title: z.string(), seed: z.number(), form: z.string().optional() }),
  mode: z.enum(['practice', 'exam']),
  learner: z.string().optional(),
  startedAt: z.string().optional(),
  submittedAt: z.string().optional(),
  items: z.array(ResultItemSchema),
});

export type ResultItem = z.infer<typeof ResultItemSchema>;
export type ResultsFile = z.infer<typeof ResultsFileSchema>;

/** The option id(s) a response names, as the matrix stores them (`a`, `a+c`, `true`), or `''`. */
export function choiceOf(response: unknown): string {
  if (typeof response === 'string') return response;
  if (typeof response === 'boolean') return String(response);
  if (Array.isArray(response) && response.every((r) => typeof r === 'string')) return response.join('+');
  return '';
}
