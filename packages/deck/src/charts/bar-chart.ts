import type { ChartData } from '../model/deck-model.js';
import { textColumns } from '../overflow/text-columns.js';
import { CHART_HEIGHT, CHART_WIDTH, type ChartStyle } from './chart-style.js';
import { pointColour } from './point-colour.js';
import { el, svgDocument, text } from './svg.js';

/**
 * Horizontal bars, one per point, label on the left and the formatted value at the bar's end. A bar runs
 * from its start to its end: from zero for a plain bar; for a waterfall, from the running total before the
 * step to the one after it (a total runs from zero). Negative values run left of zero.
 */
export function barChart(data: ChartData, style: ChartStyle, title: string): string {
  const n = Math.max(1, data.points.length);
  const fs = style.fontSize;
  // Labels as wide as Noto Sans SC draws them (the chart's face), values bold; at least 2 em each.
  const widest = (texts: string[], bold: boolean): number =>
    Math.max(2 * fs, ...texts.map((t) => labelPx(t, fs, bold)));
  const labelWidth = Math.min(
    360,
    Math.ceil(
      widest(
        data.points.map((p) => p.label),
        false,
      ),
    ) + 16,
  );
  const valueRoom = Math.min(
    340,
    widest(
      data.points.map((p) => p.text),
      true,
    ) + 28,
  );
  const spans = barSpans(data);
  const plotX = labelWidth;
  const plotW = CHART_WIDTH - plotX - valueRoom;
  const rowH = CHART_HEIGHT / n;
  const barH = Math.min(64, rowH * 0.62);
  const max = Math.max(0, ...spans.flat());
  const min = Math.min(0, ...spans.flat());
  const span = max - min || 1;
  const x = (v: number): number => plotX + ((v - min) / span) * plotW;
  const zero = x(0);
  const parts: string[] = [
    el('line', { x1: zero, y1: 0, x2: zero, y2: CHART_HEIGHT, stroke: style.grid, 'stroke-width': 2 }),
  ];
  data.points.forEach((p, i) => {
    const cy = rowH * i + rowH / 2;
    const [from, to] = spans[i]!;
    const x0 = Math.min(x(from), x(to));
    const w = Math.max(2, Math.abs(x(to) - x(from)));
    parts.push(el('rect', { x: x0, y: cy - barH / 2, width: w, height: barH, rx: 4, fill: pointColour(p, i, style) }));
    parts.push(
      text(plotX - 14, cy, p.label, {
        'text-anchor': 'end',
        'dominant-baseline': 'central',
        'font-size': fs,
        fill: style.text,
      }),
    );
    parts.push(
      text(x0 + w + 12, cy, p.text, {
        'dominant-baseline': 'central',
        'font-size': fs,
        'font-weight': 700,
        fill: p.role === 'peer' ? style.muted : style.text,
      }),
    );
  });
  return svgDocument(CHART_WIDTH, CHART_HEIGHT, title, parts.join(''), style.fontFamily);
}

/** Letter spacing a theme may add to chart text, in chart px: uncover's 3px (the chart is drawn about slide size). */
const LETTER_SPACING = 3;

/** Width of a chart label in chart px at `fs`, in the chart's face, with the widest theme's letter spacing. */
function labelPx(text: string, fs: number, bold: boolean): number {
  return (textColumns(text, { faces: 'sc', bold }) * fs) / 2 + [...text].length * LETTER_SPACING;
}

/** Where each bar starts and ends on the value axis. */
function barSpans(data: ChartData): Array<[number, number]> {
  if (data.chart !== 'waterfall') return data.points.map((p) => [0, p.value]);
  let running = 0;
  return data.points.map((p) => {
    if (p.role === 'total') return [0, p.value];
    const from = running;
    running += p.value;
    return [from, running];
  });
}
