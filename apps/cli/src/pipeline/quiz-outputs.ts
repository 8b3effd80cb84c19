import type { Finding, Narrative } from '@lectern/narrative';
import type { QuizFormat } from '../config/formats.js';
import type { QuizSettings } from '../config/resolve-options.js';
import { api } from './package-api.js';
import type { FileData } from './output-files.js';

/** The item bank as the CLI needs to know it; @lectern/quiz owns the full type. */
export interface BankLike {
  items: unknown[];
  /** Per-item linter findings and generator notes. */
  findings: Finding[];
}
export interface QuizLike {
  items: unknown[];
}

export function buildItemBank(narrative: Narrative): BankLike {
  return api<(n: Narrative) => BankLike>('@lectern/quiz', 'buildItemBank')(narrative);
}

/** A quiz drawn from the bank; without a count, every item the bank holds. */
export function assembleQuiz(bank: BankLike, settings: QuizSettings, seed: number): QuizLike {
  const assemble = api<(b: BankLike, o: object) => QuizLike>('@lectern/quiz', 'assembleQuiz');
  return assemble(bank, {
    count: settings.count ?? bank.items.length,
    seed,
    ...(settings.types ? { types: settings.types } : {}),
    ...(settings.sections ? { sections: settings.sections } : {}),
    ...(settings.difficulty ? { difficulty: settings.difficulty } : {}),
  });
}

/** Whole-quiz linting (key balance, giveaways and the per-item rules) of the quiz being written. */
export function lintQuiz(quiz: QuizLike): Finding[] {
  return api<(i: unknown[], o: object) => Finding[]>('@lectern/quiz', 'lintItems')(quiz.items, { scope: 'quiz' });
}

export function toCheckpoints(bank: BankLike): unknown[] {
  return api<(i: unknown[]) => unknown[]>('@lectern/quiz', 'toCheckpoints')(bank.items);
}

/** Which @lectern/quiz exporter writes which file, per format. */
const EXPORTERS: Record<QuizFormat, [file: string, exporter: string, usesQuiz: boolean][]> = {
  json: [
    ['quiz.json', 'exportQuizJson', true],
    ['quiz.schema.json', 'exportQuizJsonSchema', false],
  ],
  print: [
    ['quiz.md', 'exportQuizMarkdown', true],
    ['answer-key.md', 'exportAnswerKey', true],
  ],
  quizhtml: [['quiz.html', 'exportQuizHtml', true]],
  gift: [['quiz.gift.txt', 'exportQuizGift', true]],
  moodle: [['quiz.moodle.xml', 'exportQuizMoodleXml', true]],
  qti: [['quiz.qti.zip', 'exportQuizQti', true]],
};

/** The quiz files for the requested formats, paths relative to the quiz folder. */
export async function quizFiles(quiz: QuizLike, formats: readonly QuizFormat[]): Promise<[string, FileData][]> {
  const files: [string, FileData][] = [];
  for (const format of formats) {
    for (const [file, name, usesQuiz] of EXPORTERS[format]) {
      const exporter = api<(q?: QuizLike) => FileData | Promise<FileData>>('@lectern/quiz', name);
      files.push([file, await (usesQuiz ? exporter(quiz) : exporter())]);
    }
  }
  return files;
}
