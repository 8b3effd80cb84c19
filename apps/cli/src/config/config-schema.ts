import { FORMATS, ItemTypeSchema, LMS_TARGETS, MAX_FORMS } from '@lectern/course';
import { z } from 'zod';

const FormatSchema = z.enum(FORMATS);

/**
 * `lectern.config.{js,mjs,json}` or the `lectern` key of package.json. Paths are relative to the
 * file that holds them. Command-line flags override every field.
 */
export const LecternConfigSchema = z.strictObject({
  /** Folder holding the narratives (one folder each). @default "content" */
  content: z.string().min(1).optional(),
  /** Output folder. @default "out" */
  out: z.string().min(1).optional(),
  /** Deck theme name (see `listThemes()` of @lectern/course). */
  theme: z.string().min(1).optional(),
  /** Seed for quiz assembly and option order. @default 1 */
  seed: z.number().int().nonnegative().optional(),
  /** Formats `build` writes. @default every format but `exam` (added by `quiz.forms` ≥ 2) @example ["md", "html", "json"] */
  formats: z.array(FormatSchema).min(1).optional(),
  /** Cuts to build besides the full deck (ids from narrative.yaml); `full` is the whole narrative. @default all */
  cuts: z.array(z.string().min(1)).optional(),
  /** Insert quiz checkpoint slides after each section. @default true */
  checkpoints: z.boolean().optional(),
  quiz: z
    .strictObject({
      /** Items per quiz. @default every item in the bank */
      count: z.number().int().positive().optional(),
      /** Item types to include. @example ["single", "numeric"] */
      types: z.array(ItemTypeSchema).optional(),
      /** Share of each difficulty. @example { "easy": 0.3, "medium": 0.5, "hard": 0.2 } */
      difficulty: z
        .strictObject({
          easy: z.number().nonnegative().optional(),
          medium: z.number().nonnegative().optional(),
          hard: z.number().nonnegative().optional(),
        })
        .optional(),
      sections: z.array(z.string().min(1)).optional(),
      /** Platform the GIFT, Moodle XML and QTI files are shaped for. @default "moodle@4.4" @example "canvas" */
      lms: z.enum(LMS_TARGETS).optional(),
      /**
       * Parallel forms A, B, … from one blueprint, each in `quiz/form-<letter>/` with its key and printed exam.
       * @default 1 @example 2
       */
      forms: z.number().int().min(1).max(MAX_FORMS).optional(),
    })
    .optional(),
  watch: z
    .strictObject({
      /** Milliseconds to wait after the last change before rebuilding. @default 100 */
      debounce: z.number().int().nonnegative().optional(),
      /** Formats rebuilt on each save (browser formats are slow). @default ["md","html","json","print","quizhtml"] */
      formats: z.array(FormatSchema).min(1).optional(),
    })
    .optional(),
  serve: z
    .strictObject({
      /** @default 4173 */
      port: z.number().int().min(0).max(65535).optional(),
    })
    .optional(),
});

export type LecternConfig = z.output<typeof LecternConfigSchema>;
