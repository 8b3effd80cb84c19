import type { ItemStatistics } from '../stats/item-statistics.js';
import { escapeHtml } from './escape-html.js';

/**
 * A small inline SVG: each item as a dot at (difficulty p, corrected r), the flag zones shaded, numbers
 * beside the dots. No script, no external resource.
 */
export function scatterSvg(items: (ItemStatistics & { item: { number?: number } })[]): string {
  const w = 360;
  const h = 240;
  const pad = 32;
  const x = (p: number) => pad + p * (w - 2 * pad);
  const y = (r: number) => h - pad - ((Math.max(-0.4, Math.min(1, r)) + 0.4) / 1.4) * (h - 2 * pad);
  const dots = items
    .filter((s) => Number.isFinite(s.p) && Number.isFinite(s.rpb))
    .map((s, i) => {
      const label = escapeHtml(String(s.item.number ?? i + 1));
      const cls = s.rpb < 0 ? 'bad' : s.rpb < 0.2 ? 'weak' : 'ok';
      return `<circle class="${cls}" cx="${x(s.p).toFixed(1)}" cy="${y(s.rpb).toFixed(1)}" r="4"><title>${escapeHtml(s.id)}: p ${s.p.toFixed(2)}, r ${s.rpb.toFixed(2)}</title></circle><text x="${(x(s.p) + 5).toFixed(1)}" y="${(y(s.rpb) - 5).toFixed(1)}">${label}</text>`;
    })
    .join('');
  return `<svg class="scatter" viewBox="0 0 ${w} ${h}" role="img" aria-label="difficulty p against discrimination r">
<rect class="zone" x="${pad}" y="${y(0.2)}" width="${w - 2 * pad}" height="${y(-0.4) - y(0.2)}"/>
<line x1="${pad}" y1="${y(0)}" x2="${w - pad}" y2="${y(0)}" class="axis"/>
<line x1="${pad}" y1="${h - pad}" x2="${pad}" y2="${pad}" class="axis"/>
<text x="${w / 2}" y="${h - 6}" text-anchor="middle">p</text><text x="8" y="${h / 2}">r</text>
<text x="${pad}" y="${h - pad + 14}" text-anchor="middle">0</text><text x="${w - pad}" y="${h - pad + 14}" text-anchor="middle">1</text>
${dots}</svg>`;
}
