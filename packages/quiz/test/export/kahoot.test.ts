import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import {
  assembleQuiz,
  buildItemBank,
  exportQuizKahoot,
  KAHOOT_LIMITS,
  kahootWarnings,
  type Quiz,
} from '../../src/index.js';
import { DEFAULT_NARRATIVE, ENGLISH_FIXTURE, loadFixture } from '../load-fixture.js';
import { hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

/** The sheet as rows of cells, read back from the file's bytes. */
function readBack(bytes: Uint8Array): (string | number)[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets[book.SheetNames[0] as string];
  return XLSX.utils.sheet_to_json<(string | number)[]>(sheet as XLSX.WorkSheet, {
    header: 1,
    defval: '',
    blankrows: true,
  });
}
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const chars = (text: string) => [...text].length;

/** Checks Kahoot's rules on every question row and that each row answers its item; returns the ids in the sheet. */
function checkSheet(quiz: Quiz, rows: (string | number)[][]): string[] {
  expect(rows[7]?.slice(1)).toEqual([
    'Question - max 120 characters',
    'Answer 1 - max 75 characters',
    'Answer 2 - max 75 characters',
    'Answer 3 - max 75 characters',
    'Answer 4 - max 75 characters',
    'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
    'Correct answer(s) - choose at least one',
  ]);
  const byStem = new Map(quiz.items.map((i) => [oneLine(i.stem), i]));
  const ids: string[] = [];
  for (const [k, row] of rows.slice(8).entries()) {
    const [n, question, a1, a2, a3, a4, time, correct] = row as [
      number,
      string,
      string,
      string,
      string,
      string,
      number,
      string | number,
    ];
    expect(n).toBe(k + 1);
    expect(chars(question)).toBeLessThanOrEqual(KAHOOT_LIMITS.question);
    const answers = [a1, a2, a3, a4].map(String).filter((a) => a !== '');
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const a of answers) expect(chars(a)).toBeLessThanOrEqual(KAHOOT_LIMITS.answer);
    expect(KAHOOT_LIMITS.times).toContain(time);
    const picked = String(correct).split(',').map(Number);
    // The whole stem, never cut: the row's question is the item's stem on one line.
    const item = byStem.get(question);
    expect(item, question).toBeDefined();
    ids.push(item?.id ?? '');
    if (item?.type === 'single') {
      expect(picked).toHaveLength(1);
      expect(item.options[(picked[0] ?? 0) - 1]?.correct).toBe(true);
      expect(answers).toEqual(item.options.map((o) => oneLine(o.text)));
    } else if (item?.type === 'true-false') {
      expect(picked).toEqual([item.answer ? 1 : 2]);
    } else throw new Error(`${item?.type} item in the Kahoot sheet`);
  }
  return ids;
}

describe('quiz.kahoot.xlsx', () => {
  for (const [name, folder] of [
    ['default (Chinese) narrative', DEFAULT_NARRATIVE],
    ['English fixture', ENGLISH_FIXTURE],
  ] as const) {
    it(`${name}: every row within Kahoot's rules; every other item reported with its reason`, async () => {
      const quiz = assembleQuiz(buildItemBank(await loadFixture(folder)), { seed: 1 });
      const ids = checkSheet(quiz, readBack(await exportQuizKahoot(quiz)));
      expect(ids.length).toBeGreaterThan(3);
      const warned = kahootWarnings(quiz).map((w) => w.itemId);
      expect([...ids, ...warned].sort()).toEqual(quiz.items.map((i) => i.id).sort());
      expect(ids.filter((id) => warned.includes(id))).toEqual([]);
    });
  }

  it('skips, never cuts, a question or answer over the limit, and says which and by how much', async () => {
    const quiz = sampleQuiz();
    const long = 'Q'.repeat(121);
    const wide = '答'.repeat(76);
    const items = quiz.items.map((item) => {
      if (item.type === 'true-false') return { ...item, stem: long };
      if (item.type === 'single')
        return { ...item, options: item.options.map((o, i) => (i === 1 ? { ...o, text: wide } : o)) };
      return item;
    });
    const edited = { ...quiz, items };
    const rows = readBack(await exportQuizKahoot(edited));
    checkSheet(edited, rows);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('Q'.repeat(100));
    expect(text).not.toContain('答'.repeat(70));
    const messages = kahootWarnings(edited).map((w) => w.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/the question has 121 characters; Kahoot takes at most 120/),
        expect.stringMatching(/answer 2 has 76 characters; Kahoot takes at most 75/),
        expect.stringMatching(/a numeric item: Kahoot's quiz spreadsheet holds choice and true\/false questions only/),
        expect.stringMatching(/an ordering item: Kahoot's/),
        expect.stringMatching(/a multiple-response item/),
      ]),
    );
  });

  it('keeps hostile text as plain cell text', async () => {
    // Short hostile stems, so the rows fit Kahoot's limits and reach the sheet.
    const quiz = {
      ...hostileQuiz(),
      items: sampleQuiz().items.map((item, i) => ({
        ...item,
        stem: `<script>alert(1)</script> & ]]> " ' {{x}} Q${i}?`,
      })),
    };
    const rows = readBack(await exportQuizKahoot(quiz));
    expect(checkSheet(quiz, rows).length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).toContain('<script>alert(1)</script>');
  });

  it('gives the same bytes for the same quiz, a second later too', async () => {
    const quiz = sampleQuiz();
    const first = await exportQuizKahoot(quiz);
    await new Promise((r) => setTimeout(r, 1100));
    expect(Buffer.from(await exportQuizKahoot(quiz)).equals(Buffer.from(first))).toBe(true);
  });
});
