import type { Analysis } from '../analyze.js';
import { escapeHtml } from './escape-html.js';
import { scatterSvg } from './scatter-svg.js';

/** The page's Content-Security-Policy: no script, no network, inline styles only. */
export const ANALYSIS_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const f = (x: number | null, digits = 2) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(digits));
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : '–');

const CSS = `body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin:12px 0}th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.bar{display:inline-block;height:8px;background:#0969da;vertical-align:middle}
.bar.key{background:#1a7f37}.error{color:#cf222e}.warning{color:#9a6700}.info{color:#57606a}
.scatter{width:360px;max-width:100%;height:auto}.scatter text{font-size:10px}.scatter .axis{stroke:#57606a}
.scatter .zone{fill:#fff8c5}.scatter circle.ok{fill:#1a7f37}.scatter circle.weak{fill:#9a6700}.scatter circle.bad{fill:#cf222e}
.opts{font-size:13px}.opts div{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:320px}`;

/** `analysis.html`: test statistics, the p–r plot, a row per item with option bars, and the flags. */
export function analysisHtml(a: Analysis, title: string): string {
  const flagsOf = (id: string) => a.flags.filter((fl) => fl.itemId === id);
  const rows = a.items
    .map((s) => {
      const where = [
        s.item.sectionId,
        s.item.paragraphIds?.join(', '),
        s.item.slide === undefined ? '' : `slide ${s.item.slide}`,
      ]
        .filter(Boolean)
        .map((t) => escapeHtml(String(t)))
        .join(' · ');
      const opts = s.options
        .map(
          (o) =>
            `<div><span class="bar${o.correct ? ' key' : ''}" style="width:${Math.round((Number.isFinite(o.rate) ? o.rate : 0) * 80)}px"></span> ${pct(o.rate)} ${o.correct ? '✓ ' : ''}${escapeHtml(o.text)}</div>`,
        )
        .join('');
      const flags = flagsOf(s.id)
        .map((fl) => `<div class="${fl.severity}">${escapeHtml(fl.rule)}: ${escapeHtml(fl.message)}</div>`)
        .join('');
      return `<tr><td class="n">${s.item.number ?? ''}</td><td>${escapeHtml(s.id)}<br><small>${where}</small></td><td class="n">${s.n}</td><td class="n">${f(s.p)}</td><td class="n">${f(s.d)}</td><td class="n">${f(s.rpb)}</td><td class="n">${s.distractorEfficiency === null ? '–' : pct(s.distractorEfficiency)}</td><td class="opts">${opts}</td><td>${flags}</td></tr>`;
    })
    .join('\n');
  const testFlags = a.flags
    .filter((fl) => fl.itemId === undefined)
    .map((fl) => `<p class="${fl.severity}">${escapeHtml(fl.message)} — ${escapeHtml(fl.hint)}</p>`)
    .join('');
  const t = a.test;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${ANALYSIS_HTML_CSP}">
<title>${escapeHtml(title)} — item analysis</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(title)} — item analysis</h1>
<table><tr><th>learners</th><th>items</th><th>mean</th><th>sd</th><th>alpha</th><th>KR-20</th><th>SEM</th></tr>
<tr><td class="n">${t.learners}</td><td class="n">${t.items}</td><td class="n">${f(t.mean)}</td><td class="n">${f(t.sd)}</td><td class="n">${f(t.alpha)}</td><td class="n">${f(t.kr20)}</td><td class="n">${f(t.sem)}</td></tr></table>
${testFlags}
<figure>${scatterSvg(a.items)}<figcaption>Difficulty p (→ easier) against corrected item–total r; shaded: r below ${a.thresholds.lowDiscrimination}.</figcaption></figure>
<table><thead><tr><th>#</th><th>item · source</th><th>n</th><th>p</th><th>D</th><th>r</th><th>DE</th><th>options</th><th>flags</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p><small>p: mean credit; D: upper minus lower 27 %; r: corrected point-biserial; DE: share of distractors chosen by ≥ ${pct(a.thresholds.distractor)}.</small></p>
</body></html>
`;
}
