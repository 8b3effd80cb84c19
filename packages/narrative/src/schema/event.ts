import { z } from 'zod';
import { IdSchema, TextSchema } from './common.js';

export const DatePrecisionSchema = z.enum(['year', 'quarter', 'month', 'day']);

/** A dated event for the timeline. */
export const EventSchema = z.strictObject({
  id: IdSchema,
  /** ISO-like date: `2008`, `2023-Q1`, `2021-07`, `2023-04-13`. */
  date: z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'must be YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD',
  }),
  precision: DatePrecisionSchema,
  /** What happened, one line. */
  text: TextSchema,
  subject: IdSchema.optional(),
  paragraph: IdSchema,
});
