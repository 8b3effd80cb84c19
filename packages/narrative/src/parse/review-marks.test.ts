import { describe, expect, it } from 'vitest';
import { findReviewMarks } from './review-marks.js';

describe('findReviewMarks', () => {
  it('turns `# review:` comments into info findings at the comment, ignoring `#` inside quoted values', () => {
    const yaml = [
      'id: a',
      'subject: aws  # review: subject guessed: is this figure about AWS?',
      'text: "a # review: inside a string"',
      "note: 'it''s # review: quoted'",
      '# review: a whole-line mark',
      'metric: x # plain comment',
    ].join('\n');
    expect(findReviewMarks('sections/01.md', yaml, 2)).toEqual([
      {
        rule: 'import/review',
        severity: 'info',
        message: 'subject guessed: is this figure about AWS?',
        hint: expect.any(String),
        loc: { file: 'sections/01.md', line: 3, column: 15 },
      },
      {
        rule: 'import/review',
        severity: 'info',
        message: 'a whole-line mark',
        hint: expect.any(String),
        loc: { file: 'sections/01.md', line: 6, column: 1 },
      },
    ]);
  });
});
