import type { ChartData } from '../model/deck-model.js';
import { CHART_HEIGHT, CHART_WIDTH, type ChartStyle } from './chart-style.js';
import { el, svgDocument, text } from './svg.js';
import { textWidth } from '../overflow/text-width.js';

/** Horizontal bars, one per point, label on the left and the formatted value at the bar's end. */
export function barChart(data: ChartData, style: ChartStyle, title: string): string {
  const n = Math.max(1, data.points.length);
  const fs = style.fontSize;
  const labelCols = Math.max(4, ...data.points.map((p) => textWidth(p.label)));
  const labelWidth = Math.min(360, Math.ceil(labelCols * fs * 0.55) + 16);
  const valueRoom = Math.min(340, Math.max(...data.points.map((p) => textWidth(p.text)), 4) * fs * 0.62 + 28);
  const plotX = labelWidth;
  const plotW = CHART_WIDTH - plotX - valueRoom;
  const rowH = CHART_HEIGHT / n;
  const barH = Math.min(64, rowH * 0.62);
  const max = Math.max(0, ...data.points.map((p) => p.value));
  const min = Math.min(0, ...data.points.map((p) => p.value));
  const span = max - min || 1;
  const x = (v: number): number => plotX + ((v - min) / span) * plotW;
  const zero = x(0);
  const parts: string[] = [el('line', { x1: zero, y1: 0, x2: zero, y2: CHART_HEIGHT, stroke: style.grid, 'stroke-width': 2 })];
  data.points.forEach((p, i) => {
    const cy = rowH * i + rowH / 2;
    const x0 = Math.min(zero, x(p.value));
    const w = Math.max(2, Math.abs(x(p.value) - zero));
    parts.push(el('rect', { x: x0, y: cy - barH / 2, width: w, height: barH, rx: 4, fill: style.series[0] }));
    parts.push(text(plotX - 14, cy, p.label, { 'text-anchor': 'end', 'dominant-baseline': 'central', 'font-size': fs, fill: style.text }));
    parts.push(
      text(x0 + w + 12, cy, p.text, { 'dominant-baseline': 'central', 'font-size': fs, 'font-weight': 700, fill: style.text }),
    );
  });
  return svgDocument(CHART_WIDTH, CHART_HEIGHT, title, parts.join(''), style.fontFamily);
}
