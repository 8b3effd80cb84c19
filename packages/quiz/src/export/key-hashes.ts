import { createHash } from 'node:crypto';
import type { Item } from '../model/item.js';
import { normalizeAnswer } from '../util/answer-match.js';
import { clozeSegments } from './cloze-segments.js';
import { displayOrder, rightOrder } from './correct-answer.js';

/**
 * How quiz.html holds the key without showing it: for every scorable part of an item, a salted SHA-256 of
 * the right response's canonical form. The player hashes the learner's response the same way and compares;
 * the page never contains the key itself (an exam's answers cannot be read before submitting, only guessed).
 * The canonical forms below are mirrored, character for character, by the player's `player/grade.js` (bundled into
 * `templates/quiz-player.js`).
 */
export type ItemKey =
  | { one: string }
  | { each: string[]; right?: number; wrong?: number }
  | { any: string[]; grid?: number }
  | { gaps: string[][] };

/** The salted hash of one response part: 32 hex digits of SHA-256(salt|part|…). */
export function keyHash(salt: string, ...parts: (string | number)[]): string {
  return createHash('sha256')
    .update([salt, ...parts].join('|'), 'utf8')
    .digest('hex')
    .slice(0, 32);
}

/** A per-item salt, derived from the quiz and the item so the page is byte-identical for the same input. */
export function itemSalt(narrativeId: string, seed: number, index: number, itemId: string): string {
  return keyHash('lectern-salt', narrativeId, seed, index, itemId).slice(0, 16);
}

/**
 * Numeric answers: with a tolerance, responses are compared on a grid of a tenth of it (accepting up to
 * 1.05 × the tolerance); without, as the plain number.
 */
function numericKey(salt: string, answer: number, tolerance: number): ItemKey {
  if (tolerance <= 0) return { any: [keyHash(salt, `v:${String(answer)}`)] };
  const grid = tolerance / 10;
  const from = Math.ceil((answer - tolerance) / grid - 1e-9);
  const to = Math.floor((answer + tolerance) / grid + 1e-9);
  const any: string[] = [];
  for (let n = from; n <= to; n++) any.push(keyHash(salt, `n:${n}`));
  return { any, grid };
}

/** The hashed key of one item. */
export function itemKey(item: Item, salt: string): ItemKey {
  switch (item.type) {
    case 'single':
      return {
        one: keyHash(
          salt,
          item.options.findIndex((o) => o.correct),
        ),
      };
    case 'multiple':
      return {
        each: item.options.map((o, i) => keyHash(salt, i, o.correct ? 1 : 0)),
        right: item.options.filter((o) => o.correct).length,
        wrong: item.options.filter((o) => !o.correct).length,
      };
    case 'true-false':
      return { one: keyHash(salt, String(item.answer)) };
    case 'numeric':
      return numericKey(salt, item.answer, item.tolerance);
    case 'short':
      return { any: [...new Set(item.answers.map(normalizeAnswer))].map((a) => keyHash(salt, a)) };
    case 'cloze':
      return {
        gaps: clozeSegments(item).flatMap((s) =>
          s.kind === 'gap'
            ? [[...new Set(s.gap.answers.map(normalizeAnswer))].map((a) => keyHash(salt, s.number, a))]
            : [],
        ),
      };
    case 'matching': {
      const order = rightOrder(item);
      return { each: item.pairs.map((p, i) => keyHash(salt, i, order.indexOf(p.id))) };
    }
    case 'ordering': {
      const position = new Map(item.sequence.map((e, i) => [e.id, i + 1]));
      return { each: displayOrder(item).map((id, i) => keyHash(salt, i, position.get(id) ?? 0)) };
    }
  }
}
