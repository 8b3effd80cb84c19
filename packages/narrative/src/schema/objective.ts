import { z } from 'zod';
import { CognitiveLevelSchema, IdSchema, TextSchema } from './common.js';

/** What a learner should be able to do after reading. */
export const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  level: CognitiveLevelSchema.default('understand'),
  /** Section ids the objective draws on. */
  sections: z.array(IdSchema).default([]),
  /** How much of the quiz the objective deserves, relative to the others. @default 1 */
  weight: z.number().positive().max(100).optional(),
});
