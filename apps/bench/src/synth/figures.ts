import type { Random } from './random.js';
import type { Metric } from './vocabulary.js';

/** A value drawn for a metric, as a number and as the prose writes it (`3456亿元`, `23.4%`, `320万人`). */
export interface Figure {
  value: number;
  text: string;
}

export function formatFigure(metric: Metric, value: number): string {
  return `${value.toFixed(metric.decimals)}${metric.scale ?? ''}${metric.unit}`;
}

/** `count` distinct values for the metric, each written with the metric's decimals. */
export function drawFigures(random: Random, metric: Metric, count: number): Figure[] {
  const factor = 10 ** metric.decimals;
  const lo = Math.ceil(metric.min * factor);
  const hi = Math.floor(metric.max * factor);
  const seen = new Set<number>();
  const out: Figure[] = [];
  while (out.length < count) {
    const raw = random.int(lo, hi);
    // Note: values whose written form ends in .0 read as whole numbers; skip them so the text keeps its decimals.
    if (seen.has(raw) || (metric.decimals > 0 && raw % factor === 0)) continue;
    seen.add(raw);
    const value = raw / factor;
    out.push({ value, text: formatFigure(metric, value) });
  }
  return out;
}
