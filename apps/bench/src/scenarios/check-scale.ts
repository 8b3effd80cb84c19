import path from 'node:path';
import { CLI_BIN } from '../measure/paths.js';
import { runChild } from '../measure/run-child.js';
import type { Measure } from '../report/results.js';
import { synthesizeNarrative } from '../synth/narrative.js';
import { writeNarrative } from '../synth/write-narrative.js';

export interface CheckPoint {
  sections: number;
  ms: number;
  cpuMs: number;
  peakRssMB: number;
}

/**
 * `lectern check` on synthetic narratives of `sizes` sections, once each (a new process): the deck's
 * pagination and the quiz's assembly run as in `build`, without rendering. Issue #10 found `check`
 * quadratic (590 s at 10,000 sections); CPU time, less disturbed by a busy machine than wall time,
 * must grow about linearly.
 */
export async function checkScale(
  content: string,
  sizes: readonly number[],
  seed: number,
): Promise<{ points: CheckPoint[]; measures: Measure[] }> {
  const points: CheckPoint[] = [];
  for (const sections of sizes) {
    const synth = synthesizeNarrative({ sections, seed });
    await writeNarrative(path.join(content, synth.id), synth.files);
    // Warnings (exit 0) and content errors (exit 1) both mean the check ran to its end.
    const run = await runChild(process.execPath, [CLI_BIN, 'check', synth.id, '--content', content, '--json'], {
      timeoutMs: 1_800_000,
    });
    if (run.code !== 0 && run.code !== 1)
      throw new Error(`lectern check of ${sections} sections exited ${run.code}\n${run.stderr.slice(-4000)}`);
    points.push({ sections, ms: run.ms, cpuMs: run.cpuMs ?? run.ms, peakRssMB: (run.peakRssBytes ?? 0) / 2 ** 20 });
  }
  const measures: Measure[] = points.flatMap((p) => [
    { label: `check, ${p.sections} sections: time`, value: p.ms, unit: 'ms' },
    { label: `check, ${p.sections} sections: CPU time`, value: p.cpuMs, unit: 'ms' },
    { label: `check, ${p.sections} sections: peak RSS`, value: p.peakRssMB, unit: 'MB' },
  ]);
  const small = points[0];
  const big = points[points.length - 1];
  if (small && big && big.sections > small.sections) {
    const ratio = big.sections / small.sections;
    measures.push({
      label: `check CPU time growth ${small.sections.toLocaleString('en-US')} → ${big.sections.toLocaleString('en-US')} sections`,
      value: big.cpuMs / small.cpuMs,
      unit: '×',
      target: { max: ratio * 1.5, text: `≤ ${ratio * 1.5}× (linear: ${ratio}×)` },
    });
  }
  return { points, measures };
}
