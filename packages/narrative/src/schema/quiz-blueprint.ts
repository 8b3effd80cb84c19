import { z } from 'zod';
import { IdSchema } from './common.js';

/**
 * How a quiz is assembled from the item bank (`quiz:` in `narrative.yaml`): the table of sections × objectives ×
 * levels it is drawn against. Every field has a default; the CLI's `--quiz-count` overrides `count`.
 */
export const QuizBlueprintSchema = z.strictObject({
  /** Items in a quiz when the build does not ask for a number. @default 30 */
  count: z.number().int().min(1).max(1000).optional(),
  /** Share of items above Bloom's `remember` level the quiz must reach. @default 0.5 */
  minAboveRemember: z.number().min(0).max(1).default(0.5),
  /** No section gets more than this many times its share of the quiz. @default 1.5 */
  maxSectionRatio: z.number().min(1).max(10).default(1.5),
  /**
   * Multiplies a section's share of the quiz, which follows its length (sections not listed: 1; 0 leaves it out).
   * @example { conclusion: 2 }
   */
  sectionWeights: z.record(IdSchema, z.number().min(0).max(100)).default({}),
  /** Let two items test the same fact. @default false */
  repeatFacts: z.boolean().default(false),
});
