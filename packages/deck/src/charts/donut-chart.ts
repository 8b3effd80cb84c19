import type { ChartData } from '../model/deck-model.js';
import { CHART_HEIGHT, CHART_WIDTH, type ChartStyle } from './chart-style.js';
import { pointColour } from './point-colour.js';
import { el, num, svgDocument, text } from './svg.js';

function arc(cx: number, cy: number, r: number, inner: number, from: number, to: number): string {
  const pt = (rad: number, a: number): string => `${num(cx + rad * Math.sin(a))} ${num(cy - rad * Math.cos(a))}`;
  const large = to - from > Math.PI ? 1 : 0;
  return `M${pt(r, from)} A${r} ${r} 0 ${large} 1 ${pt(r, to)} L${pt(inner, to)} A${inner} ${inner} 0 ${large} 0 ${pt(inner, from)} Z`;
}

/**
 * Shares of a whole (percent values). The part of 100% the content does not name comes as its own
 * point (role `remainder`, from the chart spec) and is drawn grey, so the ring is true to scale.
 */
export function donutChart(data: ChartData, style: ChartStyle, title: string): string {
  const fs = style.fontSize;
  const cx = CHART_HEIGHT / 2 + 20;
  const cy = CHART_HEIGHT / 2;
  const r = CHART_HEIGHT / 2 - 10;
  const inner = r * 0.58;
  const total = Math.max(
    100,
    data.points.reduce((a, p) => a + Math.max(0, p.value), 0),
  );
  const parts: string[] = [];
  let at = 0;
  const legendX = cx + r + 60;
  const rowH = Math.min(fs * 2, (CHART_HEIGHT - 20) / Math.max(1, data.points.length));
  const legendTop = cy - (rowH * data.points.length) / 2 + rowH / 2;
  data.points.forEach((p, i) => {
    const from = (at / total) * 2 * Math.PI;
    at += Math.max(0, p.value);
    const to = Math.min((at / total) * 2 * Math.PI, 2 * Math.PI - 1e-4);
    const fill = pointColour(p, i, style, true);
    parts.push(el('path', { d: arc(cx, cy, r, inner, from, to), fill }));
    const ly = legendTop + rowH * i;
    parts.push(el('rect', { x: legendX, y: ly - fs / 2, width: fs, height: fs, rx: 4, fill }));
    const colour = p.role === 'remainder' ? style.muted : style.text;
    parts.push(
      text(legendX + fs * 1.5, ly, `${p.label}  ${p.text}`, {
        'dominant-baseline': 'central',
        'font-size': fs,
        fill: colour,
      }),
    );
  });
  return svgDocument(CHART_WIDTH, CHART_HEIGHT, title, parts.join(''), style.fontFamily);
}
