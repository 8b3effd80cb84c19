import { z } from 'zod';

/** Where in a content file an authored item was written (mirrors `@lectern/narrative`'s `SourceLocation`). */
export const ItemLocationSchema = z.strictObject({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int().optional(),
  endColumn: z.number().int().optional(),
});

/** What the item tests, so every item is traceable to the text and an export can show the passage. */
export const ItemSourceSchema = z.strictObject({
  sectionId: z.string().min(1),
  paragraphIds: z.array(z.string().min(1)).min(1),
  factIds: z.array(z.string().min(1)),
  /** The text of the paragraph(s) the item tests, joined by a blank line. */
  passage: z.string().min(1),
  /**
   * Where a learner finds the passage, in words a learner reads (`第1部分“云端”坠落，第3段`); exporters show this,
   * never the internal section and paragraph ids.
   */
  label: z.string().min(1).optional(),
});

/** One choice of a `single` or `multiple` item. `id` is stable across shuffles (`a`, `b`, … before assembly). */
export const ItemOptionSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  correct: z.boolean(),
  /** Shown when the learner picks this option. */
  feedback: z.string().optional(),
});

export const ItemTypeSchema = z.enum([
  'single',
  'multiple',
  'true-false',
  'numeric',
  'short',
  'cloze',
  'matching',
  'ordering',
]);
export const ItemOriginSchema = z.enum(['authored', 'generated']);
export const ItemDifficultySchema = z.enum(['easy', 'medium', 'hard']);
/** Bloom's levels, lowest first: recall a stated fact; explain or restate; use it (compute, rank); take an argument apart. */
export const ItemLevelSchema = z.enum(['remember', 'understand', 'apply', 'analyse']);

const base = {
  /** Stable id: the authored id, or `gen-<generator>-<fact-or-group-id>`. */
  id: z.string().min(1),
  origin: ItemOriginSchema,
  /** Generator name for generated items (e.g. `numeric-choice`). */
  generator: z.string().optional(),
  /** BCP 47 tag, e.g. `zh-CN`. */
  language: z.string().min(1),
  stem: z.string().min(1),
  /**
   * Why the key is right, citing the text. Written to follow "Correct" / "Incorrect" (an exporter's verdict), so it
   * never opens with a verdict of its own.
   */
  rationale: z.string().min(1),
  source: ItemSourceSchema,
  /**
   * What states this item's answer: figures, names or event texts that, written in another item's stem, options or
   * feedback, give this one away. Assembly keeps two such items apart (see `findCueing`).
   */
  cues: z.array(z.string().min(1)).optional(),
  /** Learning objective id; absent when the narrative has no objective covering the section. */
  objective: z.string().optional(),
  difficulty: ItemDifficultySchema,
  level: ItemLevelSchema,
  /** Filled by @lectern/course; see the description. */
  slide: z.number().int().positive().optional().meta({
    description:
      'The 1-based number of the slide that teaches the answer in the full deck as written (deck/: section and checkpoint slides counted). Cuts (deck-<cut>/) number their slides differently.',
  }),
  /** Where an authored item was written. */
  loc: ItemLocationSchema.optional(),
};

export const SingleItemSchema = z.strictObject({
  ...base,
  type: z.literal('single'),
  /** In presentation order; exactly one is correct. */
  options: z.array(ItemOptionSchema).min(2),
});

export const MultipleItemSchema = z.strictObject({
  ...base,
  type: z.literal('multiple'),
  /** In presentation order; at least one is correct. */
  options: z.array(ItemOptionSchema).min(2),
});

export const TrueFalseItemSchema = z.strictObject({
  ...base,
  type: z.literal('true-false'),
  /** Whether the stem's statement is true. */
  answer: z.boolean(),
  /** Shown after the verdict: what the text says (for a false statement, the true one), never "True."/"False." first. */
  feedback: z.string().optional(),
});

export const NumericItemSchema = z.strictObject({
  ...base,
  type: z.literal('numeric'),
  /** The answer in `unit` (scale included in the unit: 4600 with unit `亿美元`). */
  answer: z.number().finite(),
  /** Accepted absolute error. */
  tolerance: z.number().nonnegative(),
  /** Display unit including any scale, e.g. `亿美元`, `%`; may be empty. */
  unit: z.string(),
});

export const ShortItemSchema = z.strictObject({
  ...base,
  type: z.literal('short'),
  /** Accepted answers, the first the canonical one; compared after `normalizeAnswer` (width, case, punctuation, spaces). */
  answers: z.array(z.string().min(1)).min(1),
  /**
   * Also accepted: Moodle-style patterns where `*` stands for any text (`*数字化支出*`); each keeps at least two
   * literal characters. Exporters map them to their own wildcard syntax.
   */
  patterns: z.array(z.string().min(1)).optional(),
});

export const ClozeGapSchema = z.strictObject({
  /** `1`, `2`, … ; the text marks the gap as `{{1}}`. */
  id: z.string().min(1),
  /** Accepted answers; the first is the canonical one. */
  answers: z.array(z.string().min(1)).min(1),
});

export const ClozeItemSchema = z.strictObject({
  ...base,
  type: z.literal('cloze'),
  /** The text with each gap written as `{{<gap-id>}}`; the stem introduces it. */
  text: z.string().min(1),
  gaps: z.array(ClozeGapSchema).min(1),
});

export const MatchingPairSchema = z.strictObject({
  id: z.string().min(1),
  left: z.string().min(1),
  right: z.string().min(1),
});

export const MatchingItemSchema = z.strictObject({
  ...base,
  type: z.literal('matching'),
  /** The correct pairs, left side in presentation order. */
  pairs: z.array(MatchingPairSchema).min(2),
  /** Pair ids in the order the right-hand side is shown (set by `assembleQuiz`). */
  rightOrder: z.array(z.string()).optional(),
});

export const OrderingEntrySchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
});

export const OrderingItemSchema = z.strictObject({
  ...base,
  type: z.literal('ordering'),
  /** The entries in their correct order. */
  sequence: z.array(OrderingEntrySchema).min(2),
  /** Entry ids in the order they are shown to the learner (set by `assembleQuiz`). */
  displayOrder: z.array(z.string()).optional(),
});

/** One quiz item, of any type. */
export const ItemSchema = z.discriminatedUnion('type', [
  SingleItemSchema,
  MultipleItemSchema,
  TrueFalseItemSchema,
  NumericItemSchema,
  ShortItemSchema,
  ClozeItemSchema,
  MatchingItemSchema,
  OrderingItemSchema,
]);

export type ItemLocation = z.infer<typeof ItemLocationSchema>;
export type ItemSource = z.infer<typeof ItemSourceSchema>;
export type ItemOption = z.infer<typeof ItemOptionSchema>;
export type ItemType = z.infer<typeof ItemTypeSchema>;
export type ItemOrigin = z.infer<typeof ItemOriginSchema>;
export type ItemDifficulty = z.infer<typeof ItemDifficultySchema>;
export type ItemLevel = z.infer<typeof ItemLevelSchema>;
export type SingleItem = z.infer<typeof SingleItemSchema>;
export type MultipleItem = z.infer<typeof MultipleItemSchema>;
export type TrueFalseItem = z.infer<typeof TrueFalseItemSchema>;
export type NumericItem = z.infer<typeof NumericItemSchema>;
export type ShortItem = z.infer<typeof ShortItemSchema>;
export type ClozeGap = z.infer<typeof ClozeGapSchema>;
export type ClozeItem = z.infer<typeof ClozeItemSchema>;
export type MatchingPair = z.infer<typeof MatchingPairSchema>;
export type MatchingItem = z.infer<typeof MatchingItemSchema>;
export type OrderingEntry = z.infer<typeof OrderingEntrySchema>;
export type OrderingItem = z.infer<typeof OrderingItemSchema>;
export type Item = z.infer<typeof ItemSchema>;
/** Items that present options to choose from. */
export type ChoiceItem = SingleItem | MultipleItem;
