#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine } from './measure/machine.js';
import { BENCH_DIR, BENCHMARKS_MD, CLI_BIN, RESULTS_DIR } from './measure/paths.js';
import { benchmarksMarkdown } from './report/benchmarks-md.js';
import { consoleReport } from './report/console-report.js';
import { type BenchResults, mergeResults, type ScenarioResult } from './report/results.js';
import { browserExport } from './scenarios/browser-export.js';
import { coldBuild } from './scenarios/cold-build.js';
import { deckFill } from './scenarios/deck-fill.js';
import { editLoop } from './scenarios/edit-loop.js';
import { importAccuracy } from './scenarios/import-accuracy.js';
import { itemAnalysis } from './scenarios/item-analysis.js';
import { profileBuild } from './scenarios/profile-build.js';
import { quizQuality } from './scenarios/quiz-quality.js';
import { scale } from './scenarios/scale.js';
import { scaleOut } from './scenarios/scale-out.js';
import { startup } from './scenarios/startup.js';

const SCENARIOS = [
  'startup',
  'cold-build',
  'browser-export',
  'edit-loop',
  'scale',
  'scale-out',
  'item-analysis',
  'profile',
  'import-accuracy',
  'quiz-quality',
  'deck-fill',
] as const;
type ScenarioId = (typeof SCENARIOS)[number];

interface Plan {
  quick: boolean;
  run: (id: ScenarioId) => Promise<ScenarioResult>;
}

function plan(quick: boolean): Plan {
  return {
    quick,
    run(id) {
      switch (id) {
        case 'startup':
          return startup({ repeats: quick ? 5 : 15 });
        case 'cold-build':
          return coldBuild({ repeats: quick ? 2 : 7 });
        case 'browser-export':
          return browserExport({ repeats: quick ? 1 : 3 });
        case 'edit-loop':
          return editLoop({ edits: quick ? 30 : 40 });
        case 'scale':
          return scale({
            sizes: quick ? [10, 100] : [10, 100, 1000],
            repeats: quick ? 1 : 3,
            checkSizes: quick ? [100, 1000] : [1000, 10_000],
          });
        case 'item-analysis':
          return itemAnalysis({ learners: 10_000, items: 50, repeats: quick ? 2 : 5 });
        case 'scale-out':
          return scaleOut({ narratives: quick ? 20 : 200, sections: 5 });
        case 'profile':
          return profileBuild();
        case 'import-accuracy':
          return importAccuracy();
        case 'deck-fill':
          return deckFill();
        case 'quiz-quality':
          return quizQuality({
            seeds: quick ? [1, 2] : [1, 2, 3, 4, 5],
            extra: process.env.LECTERN_QUIZ_CORPUS?.split(path.delimiter).filter(Boolean) ?? [],
          });
      }
    },
  };
}

async function readAnalysis(): Promise<string> {
  const file = path.join(BENCH_DIR, 'analysis.md');
  return existsSync(file) ? readFile(file, 'utf8') : '';
}

/** `--report-only`: BENCHMARKS.md again from results/latest.json and analysis.md, measuring nothing. */
async function rewriteReport(): Promise<number> {
  const results = JSON.parse(await readFile(path.join(RESULTS_DIR, 'latest.json'), 'utf8')) as BenchResults;
  await writeFile(BENCHMARKS_MD, benchmarksMarkdown(results, await readAnalysis()));
  process.stdout.write(consoleReport(results));
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
    },
  });
  if (values['report-only']) return rewriteReport();
  if (!existsSync(CLI_BIN)) {
    process.stderr.write(`${CLI_BIN} is missing: run \`pnpm install\` (or \`pnpm build\`) first.\n`);
    return 2;
  }
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only?.filter((s) => !(SCENARIOS as readonly string[]).includes(s)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(`unknown scenario(s): ${unknown.join(', ')}; choose from ${SCENARIOS.join(', ')}\n`);
    return 2;
  }
  const chosen = SCENARIOS.filter((s) => !only || only.includes(s));
  const p = plan(values.quick === true);
  const started = performance.now();
  const scenarios: ScenarioResult[] = [];
  for (const id of chosen) {
    const t0 = performance.now();
    process.stderr.write(`» ${id}…`);
    const when = { measuredAt: new Date().toISOString(), loadAverage: Number(os.loadavg()[0]!.toFixed(2)) };
    try {
      scenarios.push({ ...(await p.run(id)), ...when });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      scenarios.push({ id, title: id, measures: [], details: {}, notes: [], error: message, ...when });
    }
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const fresh: BenchResults = {
    quick: p.quick,
    machine: describeMachine(),
    seconds: (performance.now() - started) / 1000,
    scenarios,
  };
  process.stdout.write(`\n${consoleReport(fresh)}`);
  if (!values['no-write']) {
    const latest = path.join(RESULTS_DIR, 'latest.json');
    // Note: a run of some scenarios updates their rows and keeps the others (each row says when it ran).
    const results =
      only && existsSync(latest)
        ? mergeResults(JSON.parse(await readFile(latest, 'utf8')) as BenchResults, fresh, SCENARIOS)
        : fresh;
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(latest, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(BENCHMARKS_MD, benchmarksMarkdown(results, await readAnalysis()));
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), latest)} and ${path.relative(process.cwd(), BENCHMARKS_MD)}\n`,
    );
  }
  for (const s of scenarios) if (s.error) process.stderr.write(`\n[${s.id}] not measured:\n${s.error}\n`);
  return 0;
}

process.exitCode = await main();
