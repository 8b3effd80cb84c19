import { z } from 'zod';
import { type Quiz, QuizSchema } from '../model/quiz.js';

/** Where the schema is published beside the quiz (`quiz.json` refers to it by this name). */
export const QUIZ_SCHEMA_FILE = 'quiz.schema.json';

/**
 * `quiz.json`: the quiz validated and re-serialised by its zod schema, so keys come out in schema order
 * whatever order the caller built them in. Two-space indent, trailing newline.
 */
export function exportQuizJson(quiz: Quiz): string {
  const parsed = QuizSchema.parse(quiz);
  return `${JSON.stringify({ $schema: `./${QUIZ_SCHEMA_FILE}`, ...parsed }, null, 2)}\n`;
}

/** `quiz.schema.json`: JSON Schema (draft 2020-12) generated from the zod `QuizSchema`. */
export function exportQuizJsonSchema(): string {
  const generated = z.toJSONSchema(QuizSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const properties = { $schema: { type: 'string' }, ...(generated.properties as Record<string, unknown>) };
  const schema = {
    ...generated,
    $id: 'https://lectern.local/schema/quiz.schema.json',
    title: 'Lectern quiz',
    description: 'An assembled Lectern quiz: items in presentation order, options shuffled, with sources.',
    properties,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
