import type { Item } from '../../model/item.js';
import type { Quiz } from '../../model/quiz.js';
import { visualWidth } from '../../util/visual-width.js';
import { labelsFor } from '../labels.js';
import { normalizeText } from '../text-safety.js';

/** Kahoot's spreadsheet limits: characters per question and per answer, answers per question, time limits. */
export const KAHOOT_LIMITS = {
  question: 120,
  answer: 75,
  answers: 4,
  times: [5, 10, 20, 30, 60, 90, 120, 240],
} as const;

/** One question row of the spreadsheet. */
export interface KahootRow {
  itemId: string;
  question: string;
  /** Two to four answers, in the quiz's order. */
  answers: string[];
  /** Seconds, one of `KAHOOT_LIMITS.times`. */
  time: number;
  /** 1-based numbers of the correct answers. */
  correct: number[];
}

/** An item left out of the spreadsheet, and why. */
export interface KahootSkip {
  itemId: string;
  reason: string;
}

const length = (text: string) => [...text].length;
/** One line, as Kahoot shows it: line breaks and runs of spaces become one space. */
const oneLine = (text: string) => normalizeText(text).replace(/\s+/g, ' ').trim();

/**
 * The quiz as Kahoot's quiz spreadsheet holds it: single-choice and true/false items of up to four answers, each
 * with a time limit long enough to read it. Nothing is shortened: an item over a limit, or of a kind the
 * spreadsheet cannot hold, is skipped with the reason.
 */
export function kahootRows(quiz: Quiz): { rows: KahootRow[]; skipped: KahootSkip[] } {
  const labels = labelsFor(quiz.language);
  const rows: KahootRow[] = [];
  const skipped: KahootSkip[] = [];
  for (const item of quiz.items) {
    const shaped = shape(item, labels.trueLabel, labels.falseLabel);
    if (typeof shaped === 'string') {
      skipped.push({ itemId: item.id, reason: shaped });
      continue;
    }
    const question = oneLine(item.stem);
    const answers = shaped.answers.map(oneLine);
    const long = tooLong(question, answers);
    if (long) skipped.push({ itemId: item.id, reason: long });
    else rows.push({ itemId: item.id, question, answers, correct: shaped.correct, time: timeLimit(question, answers) });
  }
  return { rows, skipped };
}

function shape(item: Item, trueLabel: string, falseLabel: string): { answers: string[]; correct: number[] } | string {
  switch (item.type) {
    case 'true-false':
      return { answers: [trueLabel, falseLabel], correct: [item.answer ? 1 : 2] };
    case 'single':
      if (item.options.length > KAHOOT_LIMITS.answers)
        return `${item.options.length} options; Kahoot takes at most ${KAHOOT_LIMITS.answers}`;
      return { answers: item.options.map((o) => o.text), correct: [item.options.findIndex((o) => o.correct) + 1] };
    case 'multiple':
      return 'a multiple-response item: Kahoot scores any one of several marked answers as right, not all of them';
    default:
      return `${/^[aeiou]/.test(item.type) ? 'an' : 'a'} ${item.type} item: Kahoot's quiz spreadsheet holds choice and true/false questions only`;
  }
}

function tooLong(question: string, answers: readonly string[]): string | undefined {
  if (length(question) > KAHOOT_LIMITS.question)
    return `the question has ${length(question)} characters; Kahoot takes at most ${KAHOOT_LIMITS.question}`;
  const at = answers.findIndex((a) => length(a) > KAHOOT_LIMITS.answer);
  if (at >= 0)
    return `answer ${at + 1} has ${length(answers[at] ?? '')} characters; Kahoot takes at most ${KAHOOT_LIMITS.answer}`;
  return undefined;
}

/**
 * Time to read the question and its answers and to choose: 5 s plus one second per 12 columns of text (about six
 * Chinese characters or two English words), at least 20 s, rounded up to a limit Kahoot offers.
 */
export function timeLimit(question: string, answers: readonly string[]): number {
  const width = visualWidth(question) + answers.reduce((sum, a) => sum + visualWidth(a), 0);
  const needed = Math.max(20, 5 + Math.ceil(width / 12));
  return KAHOOT_LIMITS.times.find((t) => t >= needed) ?? 240;
}
