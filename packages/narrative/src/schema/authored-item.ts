import { z } from 'zod';
import { CognitiveLevelSchema, DifficultySchema, IdSchema, TextSchema } from './common.js';

/** What an item tests: the passage (paragraph ids) and, where it applies, the facts. */
export const ItemTargetSchema = z.strictObject({
  paragraphs: z.array(IdSchema).min(1, { message: 'name at least one paragraph the item tests' }),
  facts: z.array(IdSchema).default([]),
});

const OptionSchema = z.strictObject({
  text: TextSchema,
  correct: z.boolean().default(false),
  /** Shown when the learner picks this option. */
  feedback: TextSchema.optional(),
});

const base = {
  id: IdSchema,
  stem: TextSchema,
  /** Why the key is right, citing the text. */
  rationale: TextSchema,
  tests: ItemTargetSchema,
  /** Learning objective id. */
  objective: IdSchema,
  difficulty: DifficultySchema.default('medium'),
  level: CognitiveLevelSchema.default('understand'),
};

export const AuthoredChoiceItemSchema = z.strictObject({
  ...base,
  type: z.literal('single'),
  options: z.array(OptionSchema).min(2).max(8),
});

export const AuthoredMultipleItemSchema = z.strictObject({
  ...base,
  type: z.literal('multiple'),
  options: z.array(OptionSchema).min(3).max(10),
});

export const AuthoredTrueFalseItemSchema = z.strictObject({
  ...base,
  type: z.literal('true-false'),
  answer: z.boolean(),
});

export const AuthoredNumericItemSchema = z.strictObject({
  ...base,
  type: z.literal('numeric'),
  answer: z.number().finite(),
  /** Accepted absolute error. @default 0 */
  tolerance: z.number().nonnegative().default(0),
  unit: z.string().default(''),
});

export const AuthoredShortItemSchema = z.strictObject({
  ...base,
  type: z.literal('short'),
  /** Accepted answers, the first the model answer; compared after folding width, case, punctuation and spaces. */
  answers: z.array(TextSchema).min(1),
  /**
   * Further accepted answers; an entry with `*` is a Moodle-style pattern (`*` = any text) and must keep at least
   * two other characters. @example ['数字化支出减少', '*数字化支出*下滑*']
   */
  accept: z
    .array(
      TextSchema.refine((t) => !t.includes('*') || t.replace(/\*/g, '').trim().length >= 2, {
        message: 'a pattern with `*` must keep at least two other characters',
      }),
    )
    .optional(),
});

export const AuthoredClozeItemSchema = z.strictObject({
  ...base,
  type: z.literal('cloze'),
  /** Text with each gap written as `{{answer}}`; the stem introduces it. */
  text: TextSchema,
});

export const AuthoredMatchingItemSchema = z.strictObject({
  ...base,
  type: z.literal('matching'),
  pairs: z
    .array(z.strictObject({ left: TextSchema, right: TextSchema }))
    .min(3)
    .max(8),
});

export const AuthoredOrderingItemSchema = z.strictObject({
  ...base,
  type: z.literal('ordering'),
  /** The items in their correct order. */
  sequence: z.array(TextSchema).min(3).max(8),
});

/** A quiz item written by the author in a section's frontmatter under `items:`. */
export const AuthoredItemSchema = z.discriminatedUnion('type', [
  AuthoredChoiceItemSchema,
  AuthoredMultipleItemSchema,
  AuthoredTrueFalseItemSchema,
  AuthoredNumericItemSchema,
  AuthoredShortItemSchema,
  AuthoredClozeItemSchema,
  AuthoredMatchingItemSchema,
  AuthoredOrderingItemSchema,
]);
