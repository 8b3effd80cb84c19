import type { Quiz } from '@lectern/quiz';
import { parse } from 'csv-parse/sync';
import { analysisInputError } from './analysis-input-error.js';
import type { LearnerResponses } from './learner-responses.js';
import { normalizeAnswer } from './normalize-answer.js';

/** How each report slot was matched to a quiz item, for the report's notes. */
export interface SlotMapping {
  slot: number;
  itemId: string;
  by: 'name' | 'question text' | 'position';
}

const TRUE_WORDS = new Set(['true', '正确', '对', 'vrai', 'wahr']);
const FALSE_WORDS = new Set(['false', '错误', '错', 'faux', 'falsch']);

/** Which item a slot is: the question name in its header or text, else its stem, else its position. */
function mapSlot(quiz: Quiz, slot: number, header: string, questionTexts: string[]): SlotMapping | undefined {
  const byName = quiz.items.find((it) => header.includes(it.id) || questionTexts.some((t) => t.startsWith(`${it.id}`)));
  if (byName) return { slot, itemId: byName.id, by: 'name' };
  const text = questionTexts.map(normalizeAnswer).find((t) => t.length > 0);
  if (text) {
    const byStem = quiz.items.find((it) => {
      const stem = normalizeAnswer(it.stem);
      return text.startsWith(stem.slice(0, 40)) || stem.startsWith(text.slice(0, 40));
    });
    if (byStem) return { slot, itemId: byStem.id, by: 'question text' };
  }
  const byPosition = quiz.items[slot - 1];
  return byPosition ? { slot, itemId: byPosition.id, by: 'position' } : undefined;
}

/** The option id(s) a Moodle response names (option texts joined by "; " for several). */
function choiceFor(quiz: Quiz, itemId: string, response: string): string {
  const item = quiz.items.find((it) => it.id === itemId);
  const r = normalizeAnswer(response);
  if (!item || r === '' || r === '-') return '';
  if (item.type === 'true-false') return TRUE_WORDS.has(r) ? 'true' : FALSE_WORDS.has(r) ? 'false' : '';
  if (item.type !== 'single' && item.type !== 'multiple') return '';
  const parts = item.type === 'multiple' ? response.split(/;\s*/) : [response];
  return parts
    .map((p) => item.options.find((o) => normalizeAnswer(o.text) === normalizeAnswer(p))?.id ?? '')
    .filter((id) => id !== '')
    .join('+');
}

/**
 * Reads a Moodle quiz "Responses" report downloaded as CSV (columns `Response N` and, when shown,
 * `Question N` and `Right answer N`). Each slot is mapped to an item by the question name, else its text,
 * else its position; a response is right when it equals the right answer (or the keyed option).
 */
export function readMoodleResponses(
  text: string,
  file: string,
  quiz: Quiz,
): { learners: LearnerResponses[]; mapping: SlotMapping[] } {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw analysisInputError(
      file,
      `not valid CSV: ${err.message}`,
      'download the report as "Comma separated values (.csv)"',
      err.lines,
    );
  }
  const header = rows[0] ?? [];
  const slots = header.flatMap((h, col) => {
    const m = /^Response\s+(\d+)/i.exec(h.trim());
    return m ? [{ slot: Number(m[1]), col, header: h }] : [];
  });
  if (slots.length === 0)
    throw analysisInputError(
      file,
      'no "Response N" columns: this is not a Moodle Responses report',
      'in Moodle open Quiz → Results → Responses and download it as CSV',
      1,
    );
  const colOf = (prefix: string, slot: number) =>
    header.findIndex((h) => new RegExp(`^${prefix}\\s+${slot}\\b`, 'i').test(h.trim()));
  const first = header.findIndex((h) => /^first name/i.test(h));
  const last = header.findIndex((h) => /^surname|^last name/i.test(h));
  const email = header.findIndex((h) => /^email/i.test(h));
  const body = rows.slice(1).filter((r) => !/^overall average/i.test(r[0] ?? ''));
  const mapping = slots.flatMap(({ slot, header: h }) => {
    const q = colOf('Question', slot);
    const m = mapSlot(quiz, slot, h, q < 0 ? [] : body.map((r) => r[q] ?? ''));
    return m ? [m] : [];
  });
  const learners = body.map((r, i) => {
    const name = [r[first], r[last]].filter(Boolean).join(' ') || r[email] || `learner ${i + 1}`;
    const answers = new Map<string, { choice: string; score: number }>();
    for (const { slot, itemId } of mapping) {
      const response = r[slots.find((s) => s.slot === slot)!.col] ?? '';
      const rightCol = colOf('Right answer', slot);
      const choice = choiceFor(quiz, itemId, response);
      const item = quiz.items.find((it) => it.id === itemId)!;
      const keyed =
        item.type === 'single' || item.type === 'multiple'
          ? item.options
              .filter((o) => o.correct)
              .map((o) => o.id)
              .join('+')
          : item.type === 'true-false'
            ? String(item.answer)
            : undefined;
      const right =
        rightCol >= 0
          ? normalizeAnswer(response) === normalizeAnswer(r[rightCol] ?? '')
          : keyed !== undefined && choice === keyed;
      answers.set(itemId, { choice, score: right ? 1 : 0 });
    }
    return { learner: name, origin: `${file}:${i + 2}`, answers };
  });
  return { learners, mapping };
}
