import type { DeckModel } from '../model/deck-model.js';
import { themeCss } from '../themes/themes.js';
import { createDeckRenderer, type DeckRenderer } from './deck-renderer.js';
import { chartFileName, slideChartSvg } from './slide-markdown.js';
import { speakerNotes } from './speaker-notes.js';

export interface DeckFilesOptions {
  /** Reuse a renderer across rebuilds (watch mode) so unchanged slides are not re-rendered. */
  renderer?: DeckRenderer;
  embedFonts?: boolean;
  /** Render deck.html (Marp, fonts). `false` leaves it out, for a build that asks for no HTML. @default true */
  html?: boolean;
}

/**
 * Every file of a deck folder, as path → text (the caller writes them): `deck.md` (Marp Markdown,
 * charts as `charts/slide-NNN.svg`), `theme-<name>.css` for our themes (point Marp for VS Code's
 * `markdown.marp.themes` at it), the chart SVGs, and the self-contained `deck.html` (unless `html: false`:
 * no Marp run and no font subsetting). Pure.
 */
export async function renderDeckFiles(
  deck: DeckModel,
  options: DeckFilesOptions = {},
): Promise<Record<string, string>> {
  const renderer = options.renderer ?? createDeckRenderer();
  const files: Record<string, string> = {};
  files['deck.md'] = renderer.render(deck, { charts: 'files' });
  const css = themeCss(deck.theme);
  if (css !== undefined) files[`theme-${deck.theme}.css`] = css;
  for (const slide of deck.slides) {
    const svg = slideChartSvg(slide, deck);
    if (svg !== undefined) files[chartFileName(slide)] = svg;
  }
  if (options.html === false) return files;
  // Note: Marp gets the slides without their notes; the page takes them from the model (see `speakerNotes`).
  const inline = renderer.render(deck, { charts: 'inline', notes: false });
  const htmlOptions = {
    title: deck.title,
    lang: deck.language,
    notes: speakerNotes(deck),
    ...(options.embedFonts === undefined ? {} : { embedFonts: options.embedFonts }),
  };
  files['deck.html'] = await renderer.renderHtml(inline, htmlOptions);
  return files;
}
