import { z } from 'zod';
import { IdSchema, TextSchema } from './common.js';

/** A direct quotation; `text` must occur verbatim in the paragraph. */
export const QuoteSchema = z.strictObject({
  id: IdSchema,
  /** Entity id of the speaker (a person or organisation). */
  speaker: IdSchema,
  text: TextSchema,
  paragraph: IdSchema,
  /** Where or when it was said, if the text says. */
  context: TextSchema.optional(),
});
