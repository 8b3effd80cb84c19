import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importArticle } from '@lectern/import';
import { parseNarrative } from '@lectern/narrative';
import { assembleQuiz, buildItemBank, type ItemBank, type Quiz, type QuizReport, quizReport } from '@lectern/quiz';
import { REPO_ROOT } from '../measure/paths.js';

/** The import corpus: articles written for the tests, in Simplified and Traditional Chinese and English. */
export const IMPORT_CORPUS = path.join(REPO_ROOT, 'packages', 'import', 'test', 'corpus');

/** One corpus article as `lectern import` then `lectern build` make it: its bank, its quiz and the quiz's report. */
export interface CorpusQuiz {
  /** The article's file name. */
  article: string;
  language: string;
  bank: ItemBank;
  quiz: Quiz;
  report: QuizReport;
}

/** The articles of the corpus, in name order. */
export function corpusArticles(dir = IMPORT_CORPUS): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html|docx)$/.test(f))
    .sort();
}

/**
 * Imports an article (as `lectern import` does), parses the draft narrative it writes and draws the quiz
 * `lectern build` would (the blueprint's default size) with `seed`.
 * @throws Error when the draft does not parse: import promises a narrative that passes `lectern check`
 */
export async function corpusQuiz(article: string, seed = 1, dir = IMPORT_CORPUS): Promise<CorpusQuiz> {
  const id = article.replace(/\.[a-z]+$/, '');
  const imported = await importArticle({ id, fileName: article, data: await readFile(path.join(dir, article)) });
  const parsed = parseNarrative(imported.files);
  if (!parsed.narrative) throw new Error(`${article}: the draft does not parse: ${parsed.findings[0]?.message ?? ''}`);
  const bank = buildItemBank(parsed.narrative);
  const quiz = assembleQuiz(bank, { seed });
  return { article, language: parsed.narrative.language, bank, quiz, report: quizReport(quiz, bank.blueprint) };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** A Markdown table of the corpus quizzes: level mix, coverage, stem openings, cueing and distractor findings. */
export function corpusTable(rows: readonly CorpusQuiz[]): string {
  const lines = [
    '| article | lang | items | above `remember` | sections covered | objectives covered | top stem opening | cueing pairs | distractor findings |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ];
  for (const { article, language, report: r } of rows) {
    const sections = r.sections.filter((s) => s.items > 0).length;
    const objectives = r.objectives.filter((o) => o.items > 0).length;
    lines.push(
      `| ${article} | ${language} | ${r.items} | ${pct(r.aboveRemember.share)} | ${sections}/${r.sections.length} | ${objectives}/${r.objectives.length} | “${r.stemPrefix.prefix}” ×${r.stemPrefix.count} (${pct(r.stemPrefix.share)}) | ${r.cueingPairs.length} | ${r.distractorViolations.length} |`,
    );
  }
  return lines.join('\n');
}
