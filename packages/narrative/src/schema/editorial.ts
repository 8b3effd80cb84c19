import { z } from 'zod';
import { IdSchema, TextSchema } from './common.js';

export const EditorialKindSchema = z.enum(['restored', 'corrected', 'translated', 'added', 'title']);

/**
 * A place where the content departs from the source text. For `restored`, `original` is the
 * source's words (e.g. `*个`) and `replacement` what the content says instead (`第一个`);
 * the loader checks that `replacement` occurs in the paragraph.
 */
export const EditorialChangeSchema = z.strictObject({
  id: IdSchema,
  kind: EditorialKindSchema,
  /** Paragraph id where the change is; omit for narrative-level changes such as an added title. */
  paragraph: IdSchema.optional(),
  original: z.string(),
  replacement: z.string(),
  /** Line of the source file, where known. */
  sourceLine: z.number().int().positive().optional(),
  note: TextSchema,
});
