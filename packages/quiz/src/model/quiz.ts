import { z } from 'zod';
import { ItemSchema } from './item.js';

export const QuizSectionSchema = z.strictObject({
  id: z.string().min(1),
  number: z.string(),
  title: z.string().min(1),
});

/** An assembled quiz: the items in presentation order, with options already shuffled. */
export const QuizSchema = z.strictObject({
  narrativeId: z.string().min(1),
  title: z.string().min(1),
  language: z.string().min(1),
  /** The seed the quiz was assembled with; the same bank + options + seed give the same quiz. */
  seed: z.number().int(),
  /** Sections the items come from, in reading order. */
  sections: z.array(QuizSectionSchema),
  items: z.array(ItemSchema),
});

export type QuizSection = z.infer<typeof QuizSectionSchema>;
export type Quiz = z.infer<typeof QuizSchema>;
