import { formatMeasure, textTable, verdict } from './format.js';
import type { BenchResults } from './results.js';

/** The terminal summary of a run: one table of every measure, scenario by scenario. */
export function consoleReport(results: BenchResults): string {
  const rows: string[][] = [['scenario / measure', 'value', 'spread', 'target', '']];
  for (const s of results.scenarios) {
    rows.push([`[${s.id}] ${s.title}`]);
    if (s.error) rows.push([`  not measured: ${s.error.split('\n')[0]}`]);
    for (const m of s.measures)
      rows.push([`  ${m.label}`, formatMeasure(m), m.spread ?? '', m.target?.text ?? '', verdict(m)]);
  }
  return `${textTable(rows)}\n\n${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}; ${results.seconds.toFixed(0)} s${results.quick ? ' (--quick)' : ''}\n`;
}
