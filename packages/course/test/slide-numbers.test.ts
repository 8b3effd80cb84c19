import type { Slide } from '@lectern/deck';
import type { Item } from '@lectern/quiz';
import type { Narrative } from '@lectern/narrative';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRequest, type CourseRun, runCourse } from '../src/index.js';
import { narrativeWith } from './helpers.js';

const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The answer as text a slide could show, for the kinds that have one. */
function answers(item: Item): string[] {
  if (item.type === 'single' || item.type === 'multiple')
    return item.options.filter((o) => o.correct).map((o) => o.text);
  if (item.type === 'numeric') return [String(item.answer)];
  if (item.type === 'short') return item.answers;
  return [];
}

/** Why `slide` does not teach `item`, or undefined when it does: it shows the answer or holds the passage in its notes. */
function problem(narrative: Narrative, slide: Slide | undefined, item: Item): string | undefined {
  if (!slide) return 'no such slide';
  if (slide.layout.startsWith('checkpoint-')) return `a ${slide.layout} slide`;
  const texts = narrative.sections
    .flatMap((s) => s.paragraphs)
    .filter((p) => item.source.paragraphIds.includes(p.id))
    .map((p) => p.text);
  const notes = squash(slide.notes);
  if (texts.some((t) => notes.includes(squash(t))) || notes.includes(squash(item.source.passage))) return undefined;
  const shown = squash(JSON.stringify(slide.data));
  if (answers(item).some((a) => shown.includes(squash(a)))) return undefined;
  return `slide ${slide.index + 1} (${slide.layout}) neither shows the answer nor holds the passage`;
}

/** Every item's teaching slide in every cut, checked against the deck as written. */
function wrongReferences(run: CourseRun): string[] {
  const wrong: string[] = [];
  for (const { cut, deck, teaching } of run.decks) {
    for (const item of run.quiz.items) {
      const n = teaching.get(item.id);
      if (n === undefined) continue;
      const why = problem(run.narrative, deck.slides[n - 1], item);
      if (why) wrong.push(`${cut} ${item.id} → ${n}: ${why}`);
    }
  }
  return wrong;
}

describe('teaching slide numbers', () => {
  let narrative: Narrative;
  beforeAll(async () => {
    narrative = await narrativeWith();
  });

  it.each([true, false])('point at a slide that teaches the item, in every cut (checkpoints %s)', (checkpoints) => {
    const run = runCourse(narrative, buildRequest({ checkpoints }));
    expect(run.decks.map((d) => d.cut)).toEqual(['full', ...narrative.cuts.map((c) => c.id)]);
    expect(wrongReferences(run)).toEqual([]);
    const full = run.decks[0]!;
    // Every item is taught in the full deck, and its `slide` is the number in that deck as written.
    for (const item of run.quiz.items) expect([item.id, item.slide]).toEqual([item.id, full.teaching.get(item.id)]);
    expect(run.quiz.items.every((i) => i.slide !== undefined)).toBe(true);
    if (checkpoints) expect(full.deck.slides.some((s) => s.layout === 'checkpoint-question')).toBe(true);
  });

  it('refer to the full deck even when only a cut is built', () => {
    const both = runCourse(narrative, buildRequest());
    const cutOnly = runCourse(narrative, buildRequest({ cuts: ['executive'] }));
    expect(cutOnly.decks.map((d) => d.cut)).toEqual(['executive']);
    expect(cutOnly.quiz.items.map((i) => i.slide)).toEqual(both.quiz.items.map((i) => i.slide));
  });
});
