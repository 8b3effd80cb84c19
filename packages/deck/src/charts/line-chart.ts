import type { ChartData } from '../model/deck-model.js';
import { CHART_HEIGHT, CHART_WIDTH, type ChartStyle } from './chart-style.js';
import { el, num, svgDocument, text } from './svg.js';

/** A time series: points in period order, value labels above, period labels below. */
export function lineChart(data: ChartData, style: ChartStyle, title: string): string {
  const fs = style.fontSize;
  const top = fs * 2;
  const bottom = CHART_HEIGHT - fs * 2.2;
  const left = 70;
  const right = CHART_WIDTH - 70;
  const n = data.points.length;
  const max = Math.max(0, ...data.points.map((p) => p.value));
  const min = Math.min(0, ...data.points.map((p) => p.value));
  const span = max - min || 1;
  const x = (i: number): number => (n <= 1 ? (left + right) / 2 : left + ((right - left) * i) / (n - 1));
  const y = (v: number): number => bottom - ((v - min) / span) * (bottom - top);
  const parts: string[] = [];
  for (let g = 0; g <= 4; g += 1) {
    const gy = top + ((bottom - top) * g) / 4;
    parts.push(
      el('line', {
        x1: left - 30,
        y1: gy,
        x2: right + 30,
        y2: gy,
        stroke: style.grid,
        'stroke-width': g === 4 ? 2 : 1,
      }),
    );
  }
  const path = data.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(x(i))} ${num(y(p.value))}`).join(' ');
  parts.push(
    el('path', { d: path, fill: 'none', stroke: style.series[0], 'stroke-width': 5, 'stroke-linejoin': 'round' }),
  );
  data.points.forEach((p, i) => {
    parts.push(
      el('circle', { cx: x(i), cy: y(p.value), r: 9, fill: style.series[0], stroke: '#ffffff', 'stroke-width': 3 }),
    );
    parts.push(
      text(x(i), y(p.value) - fs * 0.8, p.text, {
        'text-anchor': 'middle',
        'font-size': fs,
        'font-weight': 700,
        fill: style.text,
      }),
    );
    parts.push(text(x(i), bottom + fs * 1.5, p.label, { 'text-anchor': 'middle', 'font-size': fs, fill: style.muted }));
  });
  return svgDocument(CHART_WIDTH, CHART_HEIGHT, title, parts.join(''), style.fontFamily);
}
