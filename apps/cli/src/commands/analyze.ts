import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analysisHtml, analysisJson, analyzeResults } from '@lectern/analysis';
import { QuizSchema } from '@lectern/course';
import { CliError, ExitCode, usageError } from '../errors.js';
import type { Io } from '../io.js';
import { Reporter } from '../report/reporter.js';

export interface AnalyzeInput {
  /** quiz.html results files (.json) and Moodle Responses reports (.csv). */
  results: string[];
  /** The quiz.json the results answer (default: out/<narrative>/quiz/quiz.json from the first results file). */
  quiz?: string;
  /** Folder for analysis.html and analysis.json (default: beside the quiz.json). */
  out?: string;
  json?: boolean;
  quiet?: boolean;
}

async function readText(file: string, what: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new CliError('analysis/missing-file', `cannot read ${what} ${path.relative(cwd, path.resolve(cwd, file))}`, {
      hint: 'check the path',
    });
  }
}

async function quizPath(input: AnalyzeInput, cwd: string, texts: { file: string; text: string }[]): Promise<string> {
  if (input.quiz) return path.resolve(cwd, input.quiz);
  for (const { text } of texts) {
    const id = /"narrativeId"\s*:\s*"([a-z0-9._-]+)"/.exec(text)?.[1];
    if (id) return path.resolve(cwd, 'out', id, 'quiz', 'quiz.json');
  }
  throw usageError('which quiz do these results answer?', 'pass --quiz out/<narrative>/quiz/quiz.json');
}

async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * `lectern analyze <results…>`: classical item analysis of quiz.html results and Moodle Responses reports;
 * writes analysis.html and analysis.json. Exit 1 when an item is flagged as an error (negative discrimination).
 */
export async function analyze(input: AnalyzeInput, io: Io): Promise<number> {
  if (input.results.length === 0)
    throw usageError('no results files given', 'lectern analyze results/*.json responses.csv');
  const reporter = new Reporter(io, input);
  const texts = await Promise.all(
    input.results.map(async (f) => ({
      file: path.relative(io.cwd, path.resolve(io.cwd, f)),
      text: await readText(f, 'results file', io.cwd),
    })),
  );
  const quizFile = await quizPath(input, io.cwd, texts);
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(await readText(quizFile, 'quiz', io.cwd));
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  const { $schema: _schema, ...body } = json;
  const parsed = QuizSchema.safeParse(body);
  if (!parsed.success)
    throw new CliError('analysis/bad-quiz', `${quizFile} is not a quiz.json`, {
      hint: 'pass the quiz.json `lectern build` wrote',
    });
  const { analysis, notes } = analyzeResults(texts, parsed.data);
  const outDir = path.resolve(io.cwd, input.out ?? path.dirname(quizFile));
  await mkdir(outDir, { recursive: true });
  await writeAtomic(path.join(outDir, 'analysis.json'), analysisJson(analysis));
  await writeAtomic(path.join(outDir, 'analysis.html'), analysisHtml(analysis, parsed.data.title));
  for (const note of notes) reporter.info(note);
  const t = analysis.test;
  const errors = analysis.flags.filter((f) => f.severity === 'error').length;
  if (reporter.json)
    io.stdout(`${JSON.stringify({ ok: errors === 0, out: outDir, test: t, flags: analysis.flags })}\n`);
  reporter.info(
    `${t.learners} learners × ${t.items} items: alpha ${t.alpha.toFixed(2)}, SEM ${t.sem.toFixed(2)}; ${analysis.flags.length} flags → ${path.relative(io.cwd, outDir) || '.'}/analysis.html`,
  );
  return errors > 0 ? ExitCode.Failure : ExitCode.Ok;
}
