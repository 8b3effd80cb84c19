import type { Mention } from '../nlp/entity-types.js';

/** The subject chosen for a figure, and how sure the choice is. */
export interface SubjectGuess {
  key: string;
  sure: boolean;
}

const usable = (m: Mention) => m.kind !== 'person' && m.kind !== 'place';
const COMPARE = /比|较|較|相比|相较|\bthan\b|compared (?:with|to)|\bvs\./u;

/**
 * The entity a figure is about: the nearest name before it in its clause; else the nearest name of its sentence
 * before the clause; else a name after it in the clause ("… came from AWS"); else the
 * subject carried from the sentences before. People and places are passed over while a company or product is
 * at hand. `mentions` are the paragraph's; offsets are paragraph offsets.
 */
export function findSubject(
  mentions: readonly Mention[],
  figureAt: number,
  clause: { start: number; end: number },
  sentence: { start: number; end: number },
  carried: string | undefined,
  text = '',
): SubjectGuess | undefined {
  const cmp = COMPARE.exec(text.slice(clause.start, clause.end));
  const cmpAt = cmp ? clause.start + cmp.index : -1;
  const compared = (m: Mention) => cmpAt >= 0 && m.start > cmpAt && mentions.some((x) => x.start >= clause.start && x.end <= cmpAt && usable(x));
  // A name after `比`/`较`/`than` is what the subject is compared with, not the subject.
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && usable(m) && !compared(m));
  const before = inClause.filter((m) => m.end <= figureAt);
  if (before.length > 0) return { key: before[before.length - 1]!.key, sure: true };
  const earlier = mentions.filter((m) => m.start >= sentence.start && m.end <= clause.start && usable(m));
  if (earlier.length > 0) return { key: earlier[earlier.length - 1]!.key, sure: true };
  const after = inClause.filter((m) => m.start >= figureAt);
  if (after.length > 0) return { key: after[0]!.key, sure: true };
  if (carried) return { key: carried, sure: true };
  const person = mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (person) return { key: person.key, sure: false };
  return undefined;
}
