import { z } from 'zod';
import { IdSchema, TextSchema } from './common.js';

export const EntityKindSchema = z.enum([
  'company',
  'product',
  'service',
  'chip',
  'person',
  'organisation',
  'place',
  'other',
]);

/** A named thing the narrative talks about; facts and quotes point at entities by id. */
export const EntitySchema = z.strictObject({
  /** @example amazon */
  id: IdSchema,
  /** Display name in the narrative's language. @example 亚马逊 */
  name: TextSchema,
  kind: EntityKindSchema,
  /** Other names the text uses. @example ["Amazon", "亚马逊云"] */
  aliases: z.array(TextSchema).default([]),
  /** One line describing it, shown in glossaries. */
  description: TextSchema.optional(),
});
