import { describe, expect, it } from 'vitest';
import { benchmarksMarkdown } from './benchmarks-md.js';
import { type BenchResults, mergeResults, type ScenarioResult } from './results.js';

const machine = { cpu: 'cpu', cores: 2, memoryGiB: 24, os: 'linux', node: 'v20', chromium: 'none' };
const scenario = (id: string, value: number, measuredAt?: string): ScenarioResult => ({
  id,
  title: id,
  measures: [{ label: `${id} time`, value, unit: 'ms' }],
  details: {},
  notes: [],
  ...(measuredAt ? { measuredAt, loadAverage: 1.5 } : {}),
});
const results = (scenarios: ScenarioResult[], seconds = 10): BenchResults => ({
  quick: false,
  machine,
  seconds,
  scenarios,
});

describe('merging a run of some scenarios into the last results', () => {
  it('replaces the scenarios run again, keeps the others, in the bench order', () => {
    const previous = results([scenario('startup', 100), scenario('cold-build', 2000), scenario('scale', 9)]);
    const fresh = results(
      [scenario('scale', 7, '2026-11-29T22:00:00.000Z'), scenario('profile', 5, '2026-11-29T22:01:00.000Z')],
      3,
    );
    const merged = mergeResults(previous, fresh, ['startup', 'cold-build', 'scale', 'profile']);
    expect(merged.scenarios.map((s) => [s.id, s.measures[0]!.value])).toEqual([
      ['startup', 100],
      ['cold-build', 2000],
      ['scale', 7],
      ['profile', 5],
    ]);
  });

  it('says in BENCHMARKS.md when each scenario ran', () => {
    const md = benchmarksMarkdown(
      results([scenario('startup', 100), scenario('scale', 7, '2026-11-29T22:00:00.000Z')]),
      '',
    );
    expect(md).toContain('| 1 | startup | before dates were kept |  |');
    expect(md).toContain('| 2 | scale | 2026-11-29 22:00 | 1.5 |');
    expect(md).toContain('over several runs');
  });
});
