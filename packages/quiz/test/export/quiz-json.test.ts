import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportQuizJson, exportQuizJsonSchema } from '../../src/export/quiz-json.js';
import { QuizSchema } from '../../src/model/quiz.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

function validator() {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  return ajv.compile(JSON.parse(exportQuizJsonSchema()));
}

describe('quiz.json', () => {
  it('validates against the generated JSON Schema', () => {
    const validate = validator();
    for (const quiz of [sampleQuiz(), hostileQuiz()]) {
      const data = JSON.parse(exportQuizJson(quiz));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the schema rejects a broken quiz', () => {
    const validate = validator();
    const data = JSON.parse(exportQuizJson(sampleQuiz()));
    data.items[0].type = 'essay';
    expect(validate(data)).toBe(false);
    delete data.items;
    expect(validate(data)).toBe(false);
  });

  it('round-trips through the zod schema, hostile text included', () => {
    const quiz = hostileQuiz();
    const { $schema, ...back } = JSON.parse(exportQuizJson(quiz));
    expect($schema).toBe('./quiz.schema.json');
    expect(QuizSchema.parse(back)).toEqual(QuizSchema.parse(quiz));
    expect(back.items[0].stem).toContain(HOSTILE);
  });

  it('is deterministic whatever the key order of the input', () => {
    const quiz = sampleQuiz();
    const reordered = Object.fromEntries(Object.entries(quiz).reverse()) as typeof quiz;
    expect(exportQuizJson(reordered)).toBe(exportQuizJson(quiz));
    expect(exportQuizJsonSchema()).toBe(exportQuizJsonSchema());
  });
});
