import type { Paragraph, Section } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { citeParagraphs } from './cite-paragraphs.js';
import { en } from './en.js';
import { zh } from './zh.js';

const para = (id: string, sectionId: string, index: number) =>
  ({ id, sectionId, index, text: '', loc: { file: 'x.md', line: 1, column: 1 } }) as Paragraph;
const paragraphs = new Map([
  ['s1-p1', para('s1-p1', 'one', 0)],
  ['s1-p10', para('s1-p10', 'one', 9)],
]);
const sections = new Map([['one', { id: 'one', number: '01' } as Section]]);

describe('citeParagraphs', () => {
  it('replaces whole paragraph ids with a citation a learner reads', () => {
    expect(citeParagraphs('见（s1-p10）与 s1-p1。', paragraphs, sections, zh)).toBe(
      '见（第1部分第10段）与 第1部分第1段。',
    );
    expect(citeParagraphs('see s1-p1', paragraphs, sections, en)).toBe('see part 1, paragraph 1');
  });

  it('leaves ids inside longer words alone', () => {
    expect(citeParagraphs('xs1-p1 s1-p1x s1-p1-b', paragraphs, sections, zh)).toBe('xs1-p1 s1-p1x s1-p1-b');
  });
});

describe('citeParagraphs with dotted ids', () => {
  const dotted = new Map([
    ['intro.p1', para('intro.p1', 'one', 0)],
    ['intro.p1.b', para('intro.p1.b', 'one', 1)],
  ]);
  it('takes the longest id a run starts with, ending at the run or before a "."', () => {
    expect(citeParagraphs('see intro.p1.b.', dotted, sections, en)).toBe('see part 1, paragraph 2.');
    expect(citeParagraphs('see intro.p1. Then intro.p1.c', dotted, sections, en)).toBe(
      'see part 1, paragraph 1. Then part 1, paragraph 1.c',
    );
    expect(citeParagraphs('x.intro.p1 intro.p1_b', dotted, sections, en)).toBe('x.intro.p1 intro.p1_b');
  });
});
