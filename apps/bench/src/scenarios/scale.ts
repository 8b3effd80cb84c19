import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runChildOk } from '../measure/run-child.js';
import type { Measure, ScenarioResult } from '../report/results.js';
import { median } from '../stats/summary.js';
import { synthesizeNarrative } from '../synth/narrative.js';
import { writeNarrative } from '../synth/write-narrative.js';
import { checkScale } from './check-scale.js';
import { lecternBuildArgv, NO_BROWSER_FORMATS, parseBuildJson } from './lectern-command.js';

export interface ScaleOptions {
  /** Section counts to build, e.g. [10, 100, 1000]. */
  sizes: readonly number[];
  /** Repeats per size; sizes of 1,000 sections and more run once. */
  repeats: number;
  /** Section counts `lectern check` runs on, once each, e.g. [1000, 10000]; none when empty. */
  checkSizes?: readonly number[];
  seed?: number;
}

export interface ScalePoint {
  sections: number;
  ms: number;
  runs: number[];
  /** Median CPU time (user + system) of the runs: less disturbed than wall time on a shared machine. */
  cpuMs: number;
  slides: number;
  items: number;
  peakRssMB: number;
}

/**
 * 4. Builds synthetic narratives of growing size (every non-browser format, each build a new process)
 * and reports time, slides/s, items/s and peak RSS, and how time grows from 100 to 1,000 sections.
 */
export async function scale(options: ScaleOptions): Promise<ScenarioResult> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-scale-'));
  const content = path.join(tmp, 'content');
  const points: ScalePoint[] = [];
  try {
    for (const sections of options.sizes) {
      const synth = synthesizeNarrative({ sections, seed: options.seed ?? 1 });
      await writeNarrative(path.join(content, synth.id), synth.files);
      const runs: number[] = [];
      const cpu: number[] = [];
      let peak = 0;
      let report = { slides: 0, items: 0 };
      const repeats = sections >= 1000 ? 1 : options.repeats;
      for (let i = 0; i < repeats; i++) {
        const out = path.join(tmp, `out-${sections}-${i}`);
        const run = await runChildOk(
          process.execPath,
          lecternBuildArgv({ contentRoot: content, narrative: synth.id, out, formats: NO_BROWSER_FORMATS }),
          // Note: a cap, not a budget: a 1,000-section build takes ~1 min on an idle 2-core machine, over 5 on a loaded one.
          { timeoutMs: 1_200_000 },
        );
        runs.push(run.ms);
        cpu.push(run.cpuMs ?? run.ms);
        peak = Math.max(peak, (run.peakRssBytes ?? 0) / 2 ** 20);
        report = parseBuildJson(run.stdout);
        await rm(out, { recursive: true, force: true });
      }
      points.push({
        sections,
        ms: median(runs),
        runs,
        cpuMs: median(cpu),
        slides: report.slides,
        items: report.items,
        peakRssMB: peak,
      });
    }
    const measures: Measure[] = [];
    for (const p of points) {
      measures.push(
        {
          label: `${p.sections} sections: build time`,
          value: p.ms,
          unit: 'ms',
          ...(p.runs.length > 1
            ? { spread: `${Math.round(Math.min(...p.runs))}–${Math.round(Math.max(...p.runs))} ms` }
            : {}),
        },
        { label: `${p.sections} sections: slides/s (${p.slides} slides)`, value: p.slides / (p.ms / 1000), unit: '/s' },
        { label: `${p.sections} sections: items/s (${p.items} items)`, value: p.items / (p.ms / 1000), unit: '/s' },
        {
          label: `${p.sections} sections: peak RSS`,
          value: p.peakRssMB,
          unit: 'MB',
          ...(p.sections === 1000 ? { target: { max: 500, text: '≤ 500 MB' } } : {}),
        },
      );
    }
    const hundred = points.find((p) => p.sections === 100);
    const thousand = points.find((p) => p.sections === 1000);
    if (hundred && thousand) {
      measures.push({
        label: 'time growth 100 → 1,000 sections',
        value: thousand.ms / hundred.ms,
        unit: '×',
        target: { max: 10.5, text: '≤ 10.5×' },
      });
      measures.push({
        label: 'CPU time growth 100 → 1,000 sections',
        value: thousand.cpuMs / hundred.cpuMs,
        unit: '×',
      });
    }
    const checks = await checkScale(content, options.checkSizes ?? [], options.seed ?? 1);
    measures.push(...checks.measures);
    return {
      id: 'scale',
      title: 'Scale: synthetic narratives, every non-browser format (new process each)',
      measures,
      details: { points, checks: checks.points, formats: NO_BROWSER_FORMATS },
      notes: [
        'Synthetic narratives from apps/bench/src/synth (seed 1): 4 paragraphs, 4 facts (a group of 3), 1 quote, 2 events, 2 authored items per section; no cuts.',
      ],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
