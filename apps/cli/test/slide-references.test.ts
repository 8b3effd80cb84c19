import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultNarrativeDir } from '@lectern/content';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../src/commands/build.js';
import { ioFor } from './helpers.js';

let out = '';
afterEach(() => rmSync(out, { recursive: true, force: true }));

interface QuizItem {
  id: string;
  type: string;
  slide?: number;
  source: { passage: string };
  options?: { text: string; correct: boolean }[];
  answer?: unknown;
  answers?: string[];
}

/** Text compared without spacing, width forms, Markdown escapes or the zero-width breaks the notes escaping adds. */
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s\u200b]+/g, '')
    .replace(/\\(.)/g, '$1');

/** The slides of a written deck.md, read back as text: front matter dropped, split on Marp's `---` rulers. */
function slidesOf(markdown: string): string[] {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n---\n/);
}

/** Items of quiz.json whose `slide` in deck.md is a checkpoint, or neither holds the passage nor shows the answer. */
function wrongReferences(items: readonly QuizItem[], slides: readonly string[]): string[] {
  return items.flatMap((item) => {
    const slide = item.slide === undefined ? undefined : slides[item.slide - 1];
    if (slide === undefined) return [`${item.id}: slide ${item.slide}`];
    const answers =
      item.options?.filter((o) => o.correct).map((o) => o.text) ??
      item.answers ??
      (item.type === 'numeric' ? [String(item.answer)] : []);
    const text = squash(slide);
    // A passage of several paragraphs is taught where one of them is held.
    const paragraphs = item.source.passage.split(/\n\s*\n/);
    const teaches = paragraphs.some((p) => text.includes(squash(p))) || answers.some((a) => text.includes(squash(a)));
    return !/_class: checkpoint/.test(slide) && teaches ? [] : [`${item.id}: slide ${item.slide}`];
  });
}

describe('slide references in the written quiz', () => {
  it('point every item of quiz.json at a slide of deck/deck.md that teaches it', async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'lectern-slides-'));
    const flags = {
      narratives: [defaultNarrativeDir],
      out: path.join(out, 'out'),
      formats: 'md,json,print',
      quiet: true,
    };
    expect(await build(flags, ioFor(out))).toBe(0);
    const dir = path.join(out, 'out', 'amazon-aws-2023');
    const slides = slidesOf(readFileSync(path.join(dir, 'deck/deck.md'), 'utf8'));
    const quiz = JSON.parse(readFileSync(path.join(dir, 'quiz/quiz.json'), 'utf8')) as { items: QuizItem[] };
    expect(slides.filter((s) => /_class: checkpoint-question/.test(s)).length).toBeGreaterThan(0);
    expect(quiz.items.length).toBeGreaterThanOrEqual(25); // the blueprint's default count is 30
    expect(wrongReferences(quiz.items, slides)).toEqual([]);
    // The answer key prints the same numbers.
    const key = readFileSync(path.join(dir, 'quiz/answer-key.md'), 'utf8');
    for (const item of quiz.items) expect(key).toContain(`${item.slide}`);
  });
});
