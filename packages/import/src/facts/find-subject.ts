import type { Mention } from '../nlp/entity-types.js';

/** The subject chosen for a figure, and how sure the choice is. */
export interface SubjectGuess {
  key: string;
  sure: boolean;
}

interface Span {
  start: number;
  end: number;
}

const usable = (m: Mention) => m.kind !== 'person' && m.kind !== 'place';
const COMPARE = /比|较|較|相比|相较|\bthan\b|compared (?:with|to)|\bvs\./gu;
const RESPECTIVELY = /分别|分別|各自|\brespectively\b/u;
const CLAUSE_BREAK = /[，,；;：:]/u;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gu');
/** A leading clause this short (`15年后`, `In 2023`) sets the scene; the sentence's subject comes after it. */
const SCENE_CLAUSE = 10;

/**
 * Names that follow `比`/`较`/`than` are what the subject is compared with, not the subject: those after a
 * compare word with a usable name before it in the same clause.
 */
function comparedNames(mentions: readonly Mention[], text: string, within: Span): Set<Mention> {
  const compared = new Set<Mention>();
  for (const cmp of text.slice(within.start, within.end).matchAll(COMPARE)) {
    const at = within.start + cmp.index!;
    const before = text.slice(within.start, at);
    const clauseStart = within.start + Math.max(...[...before.matchAll(CLAUSE_BREAKS)].map((m) => m.index! + 1), 0);
    if (!mentions.some((x) => x.start >= clauseStart && x.end <= at && usable(x))) continue;
    for (const m of mentions) {
      if (m.start > at && m.end <= within.end && !CLAUSE_BREAK.test(text.slice(at, m.start))) compared.add(m);
    }
  }
  return compared;
}

/**
 * `Azure和谷歌云分别增长27%和28%` / `A and B grew 27% and 28% respectively`: with as many names before the
 * word as figures after it, the n-th figure is about the n-th name.
 */
function respectiveName(
  inClause: readonly Mention[],
  figureAt: number,
  figuresInClause: readonly number[],
  text: string,
  clause: Span,
): Mention | undefined {
  const word = RESPECTIVELY.exec(text.slice(clause.start, clause.end));
  if (!word) return undefined;
  const at = clause.start + word.index;
  // English puts `respectively` last: then the names are the ones before the first figure.
  const namesEnd = at < Math.min(...figuresInClause) ? at : Math.min(...figuresInClause);
  const figures = figuresInClause.filter((f) => f >= namesEnd).sort((a, b) => a - b);
  const names = inClause
    .filter((m) => m.end <= namesEnd)
    .filter((m, i, all) => all.findIndex((x) => x.key === m.key) === i);
  if (figures.length < 2 || names.length < figures.length) return undefined;
  const index = figures.indexOf(figureAt);
  return index < 0 ? undefined : names[names.length - figures.length + index];
}

/**
 * The entity a figure is about: the nearest name before it in its clause (paired in order with `分别` /
 * `respectively`); else the nearest name of its sentence before the clause; else a name after it in the clause
 * ("… came from AWS"), or after a short scene-setting first clause (`15年后,AWS…`); else the subject carried
 * from the sentences before. Names a subject is compared with (`比`, `than`) are passed over, and so are
 * people and places while a company or product is at hand. Offsets are paragraph offsets.
 */
export function findSubject(
  mentions: readonly Mention[],
  figureAt: number,
  clause: Span,
  sentence: Span,
  carried: string | undefined,
  text = '',
  figuresInClause: readonly number[] = [figureAt],
): SubjectGuess | undefined {
  const compared = comparedNames(mentions, text, sentence);
  const inClause = mentions.filter(
    (m) => m.start >= clause.start && m.end <= clause.end && usable(m) && !compared.has(m),
  );
  const respective = respectiveName(inClause, figureAt, figuresInClause, text, clause);
  if (respective) return { key: respective.key, sure: true };
  const before = inClause.filter((m) => m.end <= figureAt);
  if (before.length > 0) return { key: before[before.length - 1]!.key, sure: true };
  const earlier = mentions.filter(
    (m) => m.start >= sentence.start && m.end <= clause.start && usable(m) && !compared.has(m),
  );
  if (earlier.length > 0) return { key: earlier[earlier.length - 1]!.key, sure: true };
  const after = inClause.filter((m) => m.start >= figureAt);
  if (after.length > 0) return { key: after[0]!.key, sure: true };
  if (clause.start === sentence.start && clause.end - clause.start <= SCENE_CLAUSE) {
    const next = mentions.find((m) => m.start >= clause.end && m.end <= sentence.end && usable(m) && !compared.has(m));
    if (next) return { key: next.key, sure: true };
  }
  if (carried) return { key: carried, sure: true };
  const person = mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (person) return { key: person.key, sure: false };
  return undefined;
}
