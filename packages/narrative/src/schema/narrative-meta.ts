import { z } from 'zod';
import { IdSchema, LanguageSchema, TextSchema, WebLinkSchema } from './common.js';
import { EditorialChangeSchema } from './editorial.js';
import { EntitySchema } from './entity.js';
import { ObjectiveSchema } from './objective.js';
import { QuizBlueprintSchema } from './quiz-blueprint.js';

/** Where the narrative's text comes from. */
export const SourceSchema = z.strictObject({
  /** Title of the source, if it has one. */
  title: TextSchema.optional(),
  publication: TextSchema.optional(),
  author: TextSchema.optional(),
  /** Publication date, ISO-like (`2023`, `2023-06`, `2023-06-01`). */
  date: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
    .optional(),
  /** A web address (http or https only). @example https://example.com/article */
  url: WebLinkSchema.optional(),
  /** Path, relative to the narrative folder, of the verbatim source text kept beside it. */
  file: z.string().optional(),
  /** Anything a reader should know about the source (e.g. "figures as of mid-2023"). */
  note: TextSchema.optional(),
});

/** One thing a cut must show: one slide, from a fact's comparable figures or from what the text says about some entities. */
export const CarrySchema = z
  .strictObject({
    /** A fact id: the slide is the chart (or comparison, or KPI cards) of the figures comparable with it. @example aws-growth-2023q1 */
    fact: IdSchema.optional(),
    /** Entity ids: the slide lists the key points that name any of them, from the sections in the cut. @example [bedrock, titan] */
    about: z.array(IdSchema).min(1).optional(),
    /** The slide's title. @default the chart's title, or the title of the section the first key point comes from */
    title: TextSchema.optional(),
  })
  .refine((c) => (c.fact === undefined) !== (c.about === undefined), {
    message: 'give either `fact` (a fact id) or `about` (a list of entity ids), not both and not neither',
  });

/**
 * A named selection of the narrative for a shorter deck or quiz. A cut with `thesis`, `carry` or a `maxSlides`
 * the full deck exceeds is built by message: title, thesis, the slides that carry it, the conclusion.
 */
export const CutSchema = z.strictObject({
  /** @example executive */
  id: IdSchema,
  title: TextSchema.optional(),
  /** Upper bound on slides; the generator condenses to fit. */
  maxSlides: z.number().int().min(3).max(500).optional(),
  /** Section ids to include (default: all). */
  sections: z.array(IdSchema).optional(),
  /** Include speaker-note-only detail slides such as timelines and sources. @default true */
  appendix: z.boolean().default(true),
  /**
   * What the cut argues, one sentence, on the slide after the title (the sections' summaries under it).
   * @example 增长失速的AWS守住了基本盘，并以Bedrock、Titan和自研芯片开辟AI第二战场。
   */
  thesis: TextSchema.optional(),
  /** What carries the thesis, in order, one slide each. @default the best chart (else KPIs, else key points) of each section */
  carry: z.array(CarrySchema).min(1).optional(),
  /** How many checkpoint questions (a question slide and its answer) the cut shows. @default 0 */
  checkpoints: z.number().int().min(0).max(100).default(0),
});

/** `narrative.yaml`: everything about the narrative that is not a section. */
export const NarrativeMetaSchema = z.strictObject({
  /** @example amazon-aws-2023 */
  id: IdSchema,
  title: TextSchema,
  subtitle: TextSchema.optional(),
  /** @default zh-CN */
  language: LanguageSchema.default('zh-CN'),
  source: SourceSchema.default({}),
  /** Section files, relative to this file, in reading order. */
  sections: z.array(z.string().min(1)).min(1, { message: 'list at least one section file' }),
  entities: z.array(EntitySchema).default([]),
  objectives: z.array(ObjectiveSchema).default([]),
  editorialChanges: z.array(EditorialChangeSchema).default([]),
  cuts: z.array(CutSchema).default([]),
  /** How quizzes are drawn from the item bank: size, level mix, section weights. */
  quiz: QuizBlueprintSchema.default({
    minAboveRemember: 0.5,
    maxSectionRatio: 1.5,
    sectionWeights: {},
    repeatFacts: false,
  }),
});
