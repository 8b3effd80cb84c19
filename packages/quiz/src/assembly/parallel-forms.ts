import { forLanguage } from '@lectern/narrative';
import type { ItemBank } from '../bank/build-item-bank.js';
import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { createRng, hashString, type Rng } from '../util/rng.js';
import { optionLetter } from '../export/numbers.js';
import { type AssembleOptions, assembleQuiz } from './assemble-quiz.js';
import { giveawayBetween } from './giveaway.js';
import { presentItems } from './present-items.js';
import { quizPool } from './quiz-pool.js';
import { varyStems } from './vary-stems.js';

/** The most forms a build makes: one per letter. */
export const MAX_FORMS = 26;

/** Parallel forms of one quiz, A first. */
export interface ParallelForms {
  /** Letters in order: `A`, `B`, … */
  letters: string[];
  /** Each form's quiz; form A holds the items the quiz alone would, in the same order. */
  forms: Quiz[];
  /** For each form, the ids of its items an earlier form already has (empty for form A). */
  shared: string[][];
}

/** Where an item sits in the blueprint: what a parallel form's item must match to take its place. */
const slot = (item: Item, withType: boolean): string =>
  [item.source.sectionId, item.objective ?? '', item.level, item.difficulty, withType ? item.type : ''].join('\u0000');

/**
 * Parallel forms A, B, … from one blueprint. Form A is the quiz `assembleQuiz` draws. Every later form replaces
 * each of A's items by an unused bank item of the same section, objective, level and difficulty (same type when
 * the bank has one), none giving another away, so coverage and the level and difficulty mix are equal across
 * forms; where the bank has no such item, the form keeps A's item. Each form then orders its questions (within
 * sections) and options with a seed of its own. Deterministic for a bank, options and seed.
 */
export function assembleForms(bank: ItemBank, options: AssembleOptions & { forms: number }): ParallelForms {
  if (!Number.isInteger(options.forms) || options.forms < 1 || options.forms > MAX_FORMS)
    throw new RangeError(`forms must be a whole number from 1 to ${MAX_FORMS}, got ${options.forms}`);
  const first = assembleQuiz(bank, options);
  const letters = Array.from({ length: options.forms }, (_, i) => optionLetter(i));
  const byId = new Map(bank.items.map((item) => [item.id, item]));
  const base = first.items.map((item) => byId.get(item.id) ?? item);
  const pool = quizPool(bank, options);
  const used = new Set(base.map((item) => item.id));
  const forms = [titled(first, letters[0] as string)];
  const shared: string[][] = [[]];
  for (let k = 1; k < options.forms; k++) {
    const seed = hashString(`${options.seed}\u0000form\u0000${k}`);
    const rng = createRng(seed);
    const items = substitute(base, pool, used, rng, bank.blueprint.repeatFacts);
    for (const item of items) used.add(item.id);
    const reused = new Set(forms.flatMap((f) => f.items.map((i) => i.id)));
    shared.push(items.filter((i) => reused.has(i.id)).map((i) => i.id));
    const ordered = reorder(items, first, rng);
    const quiz = { ...first, seed, items: presentItems(varyStems(ordered, bank.phrasings, seed), rng) };
    forms.push(titled(quiz, letters[k] as string));
  }
  return { letters, forms, shared };
}

/** Each of `base`'s items replaced by an unused item of the same slot that gives none of the others away. */
function substitute(
  base: readonly Item[],
  pool: readonly Item[],
  used: ReadonlySet<string>,
  rng: Rng,
  repeatFacts: boolean,
): Item[] {
  const items = [...base];
  const taken = new Set<string>();
  const candidates = (withType: boolean) => {
    const map = new Map<string, Item[]>();
    for (const item of rng.shuffle(pool.filter((i) => !used.has(i.id)))) {
      const key = slot(item, withType);
      map.set(key, [...(map.get(key) ?? []), item]);
    }
    return map;
  };
  const strict = candidates(true);
  const loose = candidates(false);
  const fits = (candidate: Item, at: number) =>
    !taken.has(candidate.id) &&
    items.every((other, j) => j === at || !giveawayBetween(candidate, other, { repeatFacts }));
  // Note: a replaced item frees its facts for the items after it, so a second pass finds more.
  for (let pass = 0; pass < 2; pass++) {
    base.forEach((item, at) => {
      if (items[at] !== item) return;
      const found =
        (strict.get(slot(item, true)) ?? []).find((c) => fits(c, at)) ??
        (loose.get(slot(item, false)) ?? []).find((c) => fits(c, at));
      if (!found) return;
      items[at] = found;
      taken.add(found.id);
    });
  }
  return items;
}

/** Sections in the order of `quiz`, the questions within each section in an order of the form's own. */
function reorder(items: readonly Item[], quiz: Quiz, rng: Rng): Item[] {
  const rank = new Map(quiz.sections.map((s, i) => [s.id, i]));
  const position = new Map(rng.shuffle(items).map((item, i) => [item.id, i]));
  return [...items].sort(
    (a, b) =>
      (rank.get(a.source.sectionId) ?? 0) - (rank.get(b.source.sectionId) ?? 0) ||
      (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}

function titled(quiz: Quiz, letter: string): Quiz {
  return { ...quiz, title: `${quiz.title}${formSuffix(quiz.language, letter)}` };
}

/** What a form's title adds to the quiz's: `（B卷）`, ` (Form B)`. */
export function formSuffix(language: string, letter: string): string {
  return forLanguage(language, { zh: `（${letter}卷）`, en: ` (Form ${letter})` });
}
