import { isWebLink } from '@lectern/narrative';
import type { PptxSlide, PptxTableRow, PptxTextRun } from '../pptxgen-class.js';
import type { SlideOf } from '../../../model/deck-model.js';
import { BODY, type PptxContext, addHeading, bodyText } from '../pptx-context.js';

/** The source (title, publication, author, date, link, note), then the editorial changes as a table. */
export function addSourcesSlide(slide: PptxSlide, s: SlideOf<'sources'>, ctx: PptxContext): void {
  addHeading(slide, ctx, s.title);
  const { source, changes } = s.data;
  const byline = [source.publication, source.author, source.date].filter(Boolean).join(' · ');
  const runs: PptxTextRun[] = [];
  if (source.title) runs.push({ text: source.title, options: { bold: true, breakLine: true } });
  if (byline) runs.push({ text: byline, options: { breakLine: true } });
  // Note: only a web address becomes a link; anything else (a model built without the schema) stays text.
  if (source.url)
    runs.push({
      text: source.url,
      options: {
        color: ctx.theme.accent,
        ...(isWebLink(source.url) ? { hyperlink: { url: source.url } } : {}),
        breakLine: true,
      },
    });
  if (source.note) runs.push({ text: source.note, options: { color: ctx.theme.muted } });
  const sourceH = changes.length > 0 ? 1.3 : BODY.h;
  if (runs.length > 0) slide.addText(runs, { ...bodyText(ctx), ...BODY, h: sourceH, fontSize: 14, fit: 'shrink' });
  if (changes.length === 0) return;
  const { theme, fonts, lang, labels } = ctx;
  const cell = { fontFace: fonts.body, lang, color: theme.text, fontSize: 12, valign: 'top' as const };
  const head = { ...cell, bold: true, color: theme.muted, fill: { color: theme.surface } };
  const rows: PptxTableRow[] = [
    ['', labels.original, labels.replacement, labels.note].map((text) => ({ text, options: head })),
    ...changes.map((c) => [
      { text: labels.kinds[c.kind] ?? c.kind, options: cell },
      { text: c.original, options: cell },
      { text: c.replacement, options: cell },
      { text: c.note, options: cell },
    ]),
  ];
  slide.addTable(rows, {
    x: BODY.x,
    y: BODY.y + sourceH + 0.05,
    w: BODY.w,
    colW: [1.0, 2.5, 2.5, BODY.w - 6],
    border: { type: 'solid', pt: 0.5, color: theme.rule },
    margin: 0.05,
  });
}
