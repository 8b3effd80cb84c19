import { type DeckModel, type DeckRenderer, exportBrowserFormats, exportPptx, renderDeckFiles } from '@lectern/deck';
import type { BrowserSession } from '@lectern/browser';
import type { DeckFormat } from '../request/formats.js';
import type { FileData } from './output-files.js';

/**
 * Every text file of a deck folder from `renderDeckFiles` (deck.md, theme CSS, chart SVGs, deck.html),
 * narrowed to the requested formats: `md` keeps everything but deck.html; `html` keeps deck.html.
 */
export async function plainDeckFiles(
  deck: DeckModel,
  formats: readonly DeckFormat[],
  renderer?: DeckRenderer,
): Promise<{ files: [string, FileData][]; html: string }> {
  const all = await renderDeckFiles(deck, renderer ? { renderer } : {});
  const html = all['deck.html'] ?? '';
  const files = Object.entries(all).filter(([name]) =>
    name === 'deck.html' ? formats.includes('html') : formats.includes('md'),
  );
  return { files, html };
}

export async function pptxFile(deck: DeckModel): Promise<[string, FileData]> {
  return ['deck.pptx', await exportPptx(deck)];
}

/** PDF and slide PNGs, made in one browser session by @lectern/deck. */
export async function browserDeckFiles(
  html: string,
  pdf: boolean,
  png: boolean,
  session?: BrowserSession,
): Promise<[string, FileData][]> {
  if (!pdf && !png) return [];
  const result = await exportBrowserFormats(html, { pdf, png, ...(session ? { session } : {}) });
  const files: [string, FileData][] = [];
  if (result.pdf) files.push(['deck.pdf', result.pdf]);
  (result.pngs ?? []).forEach((bytes, i) => {
    files.push([`slides/${String(i + 1).padStart(3, '0')}.png`, bytes]);
  });
  return files;
}
