import { createHash } from 'node:crypto';
import { escapeHtml } from '../text-safety.js';

// Note: A4 with print margins; installed faces only, nothing is fetched: Noto Sans CJK (fonts-noto-cjk) for Chinese,
// a Latin face first otherwise (a CJK face draws “ ” ’ full-width), DejaVu Sans where Noto Sans is not installed.
export const EXAM_CSS = `@page { size: A4; margin: 16mm 16mm 18mm; }
:root { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, "Noto Sans CJK SC", sans-serif; color: #111; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif; }
body { margin: 0; font-size: 10.5pt; line-height: 1.5; }
header { border-bottom: 1.5pt solid #111; margin-bottom: 10pt; padding-bottom: 6pt; }
h1 { font-size: 16pt; margin: 0 0 4pt; display: flex; justify-content: space-between; gap: 12pt; }
h1 .form { border: 1.5pt solid #111; padding: 0 8pt; white-space: nowrap; }
h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
.fields { display: flex; gap: 14pt; margin: 6pt 0 4pt; }
.fields span { flex: 1; white-space: nowrap; }
.fields span::after { content: ""; display: inline-block; width: 60%; border-bottom: 0.75pt solid #111; margin-left: 4pt; }
.intro, .notice { margin: 2pt 0; font-size: 9.5pt; }
.notice { font-weight: 700; }
ol.questions { margin: 0; padding-left: 22pt; }
ol.questions > li { margin: 0 0 8pt; break-inside: avoid; }
.stem { white-space: pre-line; }
.hint { font-size: 9pt; color: #444; }
ol.options { list-style: upper-alpha; margin: 2pt 0 0; padding-left: 18pt; }
.line { display: inline-block; min-width: 90pt; border-bottom: 0.75pt solid #111; }
table { border-collapse: collapse; width: 100%; margin-top: 2pt; }
td, th { border: 0.5pt solid #888; padding: 2pt 5pt; vertical-align: top; text-align: left; }
.sheet { break-before: page; }
.sheet ol { columns: 2; column-gap: 18pt; padding-left: 22pt; margin: 6pt 0 0; }
.sheet li { break-inside: avoid; margin: 0 0 6pt; }
.bubble { display: inline-block; min-width: 14pt; height: 14pt; line-height: 14pt; border: 0.75pt solid #111; border-radius: 7pt; text-align: center; font-size: 8pt; margin-right: 4pt; padding: 0 2pt; }
.box { display: inline-block; width: 16pt; height: 14pt; border: 0.75pt solid #111; margin-right: 3pt; vertical-align: middle; }
.key th:first-child, .key th:last-child { width: 34pt; white-space: nowrap; }
.key th:nth-child(3) { width: 30%; }
`;

const cssHash = `'sha256-${createHash('sha256').update(EXAM_CSS, 'utf8').digest('base64')}'`;

/** The printed pages' Content-Security-Policy: no script, nothing loaded, only the stylesheet above. */
export const EXAM_HTML_CSP = `default-src 'none'; style-src ${cssHash}; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'`;

/** A complete page for printing: CSP, the exam stylesheet, `body` as given (already escaped). */
export function examDocument(language: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXAM_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${EXAM_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The top of every printed page set: title, form letter, name/class/date/score lines. */
export function examHeader(title: string, form: string | undefined, fields: readonly string[]): string {
  const badge = form ? `<span class="form">${escapeHtml(form)}</span>` : '';
  const lines = fields.map((f) => `<span>${escapeHtml(f)}</span>`).join('');
  return `<h1><span>${escapeHtml(title)}</span>${badge}</h1>\n<div class="fields">${lines}</div>`;
}
