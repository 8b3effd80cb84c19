import { z } from 'zod';
import { AuthoredItemSchema } from './authored-item.js';
import { IdSchema, TextSchema } from './common.js';
import { EventSchema } from './event.js';
import { FactSchema } from './fact.js';
import { QuoteSchema } from './quote.js';

/**
 * The YAML frontmatter of a section file. The Markdown body below it is the section's prose:
 * one paragraph per block, each optionally ending in `{#paragraph-id}`.
 */
export const SectionFrontmatterSchema = z.strictObject({
  /** @example cloud-fall */
  id: IdSchema,
  /** The section's number as the source writes it. @example "01" */
  number: z.union([z.string().trim().min(1), z.number().int().nonnegative()]).transform(String),
  /** @example “云端”坠落 */
  title: TextSchema,
  /** One line that sums the section up. */
  summary: TextSchema,
  /** 3–6 condensed points for the slides. */
  keyPoints: z
    .array(TextSchema)
    .min(1, { message: 'give at least one key point' })
    .max(8, { message: 'at most 8 key points fit a section; split the section or merge points' }),
  facts: z.array(FactSchema).default([]),
  quotes: z.array(QuoteSchema).default([]),
  events: z.array(EventSchema).default([]),
  items: z.array(AuthoredItemSchema).default([]),
});
