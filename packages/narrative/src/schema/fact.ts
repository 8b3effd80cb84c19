import { z } from 'zod';
import { IdSchema, TextSchema } from './common.js';

/**
 * Multipliers a fact's value may be written with. `亿` = 1e8, `万` = 1e4, `千` = 1e3.
 * The value stays as written (4600 with scale 亿); `factMagnitude` gives 4.6e11.
 */
export const ScaleSchema = z.enum([
  '万',
  '亿',
  '千',
  '百万',
  '千亿',
  '万亿',
  'thousand',
  'million',
  'billion',
  'trillion',
]);

/** How the written value relates to the true one. @default exact */
export const QualifierSchema = z.enum(['exact', 'approx', 'over', 'under', 'up-to', 'at-least']);

/** Kind of quantity: drives distractors (only like with like) and chart choice. */
export const FactKindSchema = z.enum([
  'currency',
  'percent',
  'percentage-points',
  'count',
  'multiple',
  'duration',
  'year',
  'rate',
  'other',
]);

/** A typed figure from the text, pinned to the paragraph and the exact words it comes from. */
export const FactSchema = z.strictObject({
  /** @example aws-growth-2022 */
  id: IdSchema,
  /** The claim as one sentence in the narrative's language. @example 2022年AWS营收增速首次降至29.4% */
  statement: TextSchema,
  /** The number as written in the text (without scale). @example 29.4 */
  value: z.number().finite(),
  /** Unit as written: `美元`, `%`, `个`, `倍`, `Gbps`, `USD`… @example % */
  unit: z.string().trim().max(20).default(''),
  scale: ScaleSchema.optional(),
  kind: FactKindSchema,
  qualifier: QualifierSchema.default('exact'),
  /** The period the figure is about. @example 2022 @example 2023-Q1 */
  period: z.string().trim().min(1).optional(),
  /** Entity id the figure is about. @example aws */
  subject: IdSchema,
  /** What is measured, as a stable key. @example revenue-growth */
  metric: IdSchema,
  /** Facts sharing a group form a comparable series (one chart, one matching item). */
  group: IdSchema.optional(),
  /** Short label for charts and tables (defaults to the subject's name). @example 2022 */
  label: TextSchema.optional(),
  /** Paragraph id the figure comes from. */
  paragraph: IdSchema,
  /** The exact words of the paragraph that state it; must occur verbatim in that paragraph. */
  evidence: TextSchema,
});
