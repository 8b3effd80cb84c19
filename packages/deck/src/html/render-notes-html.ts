import { createMarp } from './marp-engine.js';
import { fontFaceCss } from './embed-fonts.js';
import { inlineChartSvgs } from './inline-charts.js';
import { escapeHtml } from './escape-html.js';
import type { FontCache } from './fonts/font-cache.js';

/** The notes page's Content-Security-Policy: no script at all, nothing from the network. */
const NOTES_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'";

/** A4 portrait in CSS pixels (96 per inch): the page `renderNotesHtml` lays out for. */
export const NOTES_PAGE_SIZE = { width: 794, height: 1123 } as const;

// Note: Marp's print CSS breaks the page before every slide and sizes it 1280×720; on a notes page the slide
// is a picture at the top of an A4 page, and the notes may run on to the next page.
const NOTES_CSS = `
@page { size: 210mm 297mm; margin: 14mm 16mm; }
html, body { margin: 0; background: #fff; color: #1f2328; }
.notes-page { break-after: page; }
.notes-page:last-child { break-after: auto; }
.notes-page > header { display: flex; justify-content: space-between; font: 11px/1.4 sans-serif; color: #57606a; margin-bottom: 4mm; }
.notes-page div.marpit > svg { display: block; width: 100%; height: auto; outline: 1px solid #d0d7de; }
div.marpit > svg > foreignObject > section { break-before: auto !important; page-break-before: auto !important; }
.notes { margin-top: 6mm; font-size: 13px; line-height: 1.7; }
.notes p { margin: 0 0 3mm; orphans: 2; widows: 2; }
`;

export interface NotesHtmlOptions {
  /** Document title (escaped here). */
  title: string;
  /** BCP 47 language of the deck. @default zh-CN */
  lang?: string;
  /** Embed the fonts, cut to the glyphs the slides and the notes draw. @default true */
  embedFonts?: boolean;
  /** Where subset fonts are kept between processes (`directoryFontCache`); none: cut in every process. */
  fontCache?: FontCache;
}

let sharedMarp: ReturnType<typeof createMarp> | undefined;

/**
 * Renders Marp Markdown into notes pages, as PowerPoint prints them: one A4 page per slide, the slide on top
 * and its speaker notes under it (running on to the next page when long). Self-contained, no script.
 */
export async function renderNotesHtml(markdown: string, options: NotesHtmlOptions): Promise<string> {
  sharedMarp ??= createMarp();
  const rendered = sharedMarp.render(markdown, { htmlAsArray: true });
  const slides = rendered.html as unknown as string[];
  const pages = slides.map((svg, i) => {
    const notes = (rendered.comments[i] ?? []).flatMap((c) => c.split(/\n\s*\n/)).filter((p) => p.trim() !== '');
    const body = notes.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('');
    return `<article class="notes-page"><header><span>${escapeHtml(options.title)}</span><span>${i + 1} / ${slides.length}</span></header><div class="marpit">${inlineChartSvgs(svg)}</div><div class="notes">${body}</div></article>`;
  });
  const html = pages.join('\n');
  const css = rendered.css.replace(/@import\s+[^;]+;/g, '');
  const lang = options.lang ?? 'zh-CN';
  const fonts = options.embedFonts === false ? '' : await fontFaceCss(html, css, lang, options.fontCache);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${NOTES_CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>${fonts}</style>
<style>${css}</style>
<style>${NOTES_CSS}</style>
</head>
<body>
${html}
</body>
</html>
`;
}
