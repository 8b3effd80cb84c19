import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadNarrative, type Narrative } from '@lectern/narrative';
import { assembleQuiz, buildItemBank, quizReport, type QuizReport } from '@lectern/quiz';
import { CONTENT_ROOT, DEFAULT_NARRATIVE, REPO_ROOT } from '../measure/paths.js';
import type { Measure, ScenarioResult } from '../report/results.js';
import { type CorpusQuiz, corpusArticles, corpusQuiz, corpusTable } from './quiz-corpus.js';

export interface QuizQualityOptions {
  /** Seeds each narrative's quiz is drawn with. @default [1, 2, 3, 4, 5] */
  seeds?: readonly number[];
  /** Further narrative folders to report over (e.g. an import corpus). */
  extra?: readonly string[];
}

interface Case {
  name: string;
  narrative: Narrative;
}

/** The default narrative with its authored items taken out: what an imported article gives the generators. */
const thin = (n: Narrative): Narrative => ({ ...n, sections: n.sections.map((s) => ({ ...s, items: [] })) });

async function load(dir: string): Promise<Narrative | undefined> {
  return existsSync(path.join(dir, 'narrative.yaml')) ? (await loadNarrative(dir)).narrative : undefined;
}

/** Folders holding a narrative.yaml directly under `root`. */
function narrativeDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'narrative.yaml')))
    .map((d) => path.join(root, d.name))
    .sort();
}

async function cases(extra: readonly string[]): Promise<Case[]> {
  const out: Case[] = [];
  for (const dir of narrativeDirs(CONTENT_ROOT)) {
    const n = await load(dir);
    if (!n) continue;
    out.push({ name: n.id, narrative: n });
    if (path.basename(dir) === DEFAULT_NARRATIVE) out.push({ name: `${n.id} (no authored items)`, narrative: thin(n) });
  }
  const english = await load(path.join(REPO_ROOT, 'packages', 'quiz', 'test', 'fixtures', 'english-narrative'));
  if (english) out.push({ name: `${english.id} (English, no authored items)`, narrative: english });
  for (const root of extra) {
    for (const dir of [root, ...narrativeDirs(root)]) {
      const n = await load(dir);
      if (n) out.push({ name: `${n.id} (${path.relative(REPO_ROOT, dir)})`, narrative: thin(n) });
    }
  }
  return out;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Quiz quality: for each narrative, quizzes drawn with several seeds are measured against their blueprint
 * (level mix, section coverage, cueing pairs, distractor-rule violations, most frequent stem opening).
 */
export async function quizQuality(options: QuizQualityOptions = {}): Promise<ScenarioResult> {
  const seeds = options.seeds ?? [1, 2, 3, 4, 5];
  const measures: Measure[] = [];
  const details: Record<string, unknown> = {};
  for (const c of await cases(options.extra ?? [])) {
    const bank = buildItemBank(c.narrative);
    const reports: QuizReport[] = seeds.map((seed) => quizReport(assembleQuiz(bank, { seed }), bank.blueprint));
    const recall = 1 - mean(reports.map((r) => r.aboveRemember.share));
    const thinCase = c.name.includes('no authored') || c.name.includes('(');
    measures.push(
      { label: `${c.name}: items per quiz`, value: mean(reports.map((r) => r.items)), unit: 'items' },
      {
        label: `${c.name}: share at \`remember\``,
        value: recall,
        unit: 'share',
        target: { max: thinCase ? 0.7 : 0.5, text: thinCase ? '≤ 0.7' : '≤ 0.5' },
      },
      {
        label: `${c.name}: most items in a section ÷ its share`,
        value: Math.max(...reports.flatMap((r) => r.sections.map((s) => s.ratio))),
        unit: '×',
        target: { max: 1.5, text: '≤ 1.5×' },
      },
      {
        label: `${c.name}: cueing pairs`,
        value: reports.reduce((n, r) => n + r.cueingPairs.length, 0),
        unit: 'pairs',
        target: { max: 0, text: '0' },
      },
      {
        label: `${c.name}: distractor-rule violations`,
        value: reports.reduce((n, r) => n + r.distractorViolations.length, 0),
        unit: 'findings',
        target: { max: 0, text: '0' },
      },
      {
        label: `${c.name}: most frequent stem opening`,
        value: Math.max(...reports.map((r) => r.stemPrefix.share)),
        unit: 'share',
        target: { max: 0.25, text: '≤ 0.25' },
      },
    );
    details[c.name] = reports;
  }
  const corpus: CorpusQuiz[] = [];
  for (const article of corpusArticles()) corpus.push(await corpusQuiz(article, seeds[0] ?? 1));
  for (const { article, report: r } of corpus) {
    measures.push(
      {
        label: `import corpus ${article}: share above \`remember\``,
        value: r.aboveRemember.share,
        unit: 'share',
        target: { min: 0.3, text: '≥ 0.3' },
      },
      {
        label: `import corpus ${article}: sections covered`,
        value: r.sections.filter((x) => x.items > 0).length / Math.max(1, r.sections.length),
        unit: 'share',
      },
      {
        label: `import corpus ${article}: cueing pairs + distractor findings`,
        value: r.cueingPairs.length + r.distractorViolations.length,
        unit: 'findings',
        target: { max: 0, text: '0' },
      },
    );
  }
  details['import corpus'] = corpus.map((c) => c.report);
  details['import corpus table'] = corpusTable(corpus);
  return {
    id: 'quiz-quality',
    title: 'Quiz quality against the blueprint (levels, coverage, cueing, distractors, stems)',
    measures,
    details,
    notes: [
      `Each figure is over quizzes drawn with seeds ${seeds.join(', ')} at the blueprint's default size.`,
      'Narratives marked "no authored items" use the generators alone (as an imported article would); their target is ≥ 30% above `remember`.',
      `Lines starting "import corpus" are the articles of packages/import/test/corpus, each imported and its quiz drawn as \`lectern build\` would (seed ${seeds[0] ?? 1}); the table (level mix, coverage, stem openings, cueing, distractors) is in the results' details under "import corpus table".`,
    ],
  };
}
