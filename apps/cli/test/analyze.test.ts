import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../src/commands/analyze.js';
import { build } from '../src/commands/build.js';
import { check } from '../src/commands/check.js';
import { ioFor, tempProject } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

interface QuizJson {
  narrativeId: string;
  title: string;
  seed: number;
  items: { id: string; type: string; options?: { id: string; correct: boolean }[] }[];
}

/**
 * Forty learners of rising ability answer every item: learner l gets item i right when l + 7i mod 40 ≥ 12,
 * except the first item, which only the weaker half gets right (a miskey-like item).
 */
function writeResults(dir: string, quiz: QuizJson): string[] {
  mkdirSync(path.join(dir, 'results'));
  return Array.from({ length: 40 }, (_, l) => {
    const items = quiz.items.map((item, i) => {
      const right = i === 0 ? l < 20 : l + ((7 * i) % 13) >= 12;
      const key = item.options?.find((o) => o.correct)?.id;
      const wrong = item.options?.find((o) => !o.correct)?.id;
      return {
        id: item.id,
        type: item.type,
        response: (right ? key : wrong) ?? '',
        correct: right ? 1 : 0,
        timeMs: 5000,
      };
    });
    const file = path.join('results', `learner-${l + 1}.json`);
    const results = {
      format: 'lectern-quiz-results',
      version: 1,
      quiz: { narrativeId: quiz.narrativeId, title: quiz.title, seed: quiz.seed },
      mode: 'exam',
      learner: `L${l + 1}`,
      items,
    };
    writeFileSync(path.join(dir, file), JSON.stringify(results));
    return file;
  });
}

describe('lectern analyze', { timeout: 120_000 }, () => {
  it('writes analysis.html and analysis.json, flags the reversed item, and check --analysis shows it at the item', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    expect(await build({ formats: ['json'] }, ioFor(p.dir))).toBe(0);
    const quizFile = path.join(p.dir, 'out/mini/quiz/quiz.json');
    const quiz = JSON.parse(readFileSync(quizFile, 'utf8')) as QuizJson;
    const files = writeResults(p.dir, quiz);

    const io = ioFor(p.dir);
    expect(await analyze({ results: files }, io)).toBe(1);
    expect(io.out()).toMatch(
      /40 learners × \d+ items: alpha -?\d\.\d\d, SEM \d\.\d\d; \d+ flags → out\/mini\/quiz\/analysis\.html/,
    );
    const analysis = JSON.parse(readFileSync(path.join(p.dir, 'out/mini/quiz/analysis.json'), 'utf8'));
    expect(analysis.flags.find((f: { rule: string }) => f.rule === 'analysis/negative-discrimination').itemId).toBe(
      quiz.items[0]!.id,
    );
    expect(existsSync(path.join(p.dir, 'out/mini/quiz/analysis.html'))).toBe(true);

    const checked = ioFor(p.dir);
    expect(await check({ analysis: 'out/mini/quiz/analysis.json' }, checked)).toBe(1);
    expect(checked.err()).toMatch(
      /content\/mini\/sections\/[\w.-]+\.md:\d+:\d+ {2}error {4}question 1 \([^)]+\)[^\n]*r = -/,
    );
  });

  it('explains a missing quiz and a wrong file without a stack trace', async () => {
    const p = tempProject();
    cleanup = p.cleanup;
    writeFileSync(path.join(p.dir, 'r.csv'), '"Surname","Grade/10.00"\n"Li","5"\n');
    await expect(analyze({ results: ['r.csv'] }, ioFor(p.dir))).rejects.toMatchObject({
      hint: expect.stringMatching(/--quiz/),
    });
    await expect(analyze({ results: ['nope.json'] }, ioFor(p.dir))).rejects.toThrow(
      /cannot read results file nope\.json/,
    );
  });
});
